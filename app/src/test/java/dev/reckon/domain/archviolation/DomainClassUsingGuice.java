package dev.reckon.domain.archviolation;

/** Breaks domain purity on purpose: the domain may depend on the JDK only. */
public class DomainClassUsingGuice {
    public com.google.inject.Injector injector;
}
