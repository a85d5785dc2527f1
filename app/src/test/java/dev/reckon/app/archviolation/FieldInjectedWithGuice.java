package dev.reckon.app.archviolation;

/** Breaks the rule on purpose: field injection with Guice's own annotation. */
public class FieldInjectedWithGuice {
    @com.google.inject.Inject
    Object store;
}
