package dev.reckon.application.archviolation;

/** Breaks the rule on purpose: the application must use jakarta.inject, not Guice. */
public class ServiceUsingGuice {
    @com.google.inject.Inject
    public ServiceUsingGuice() {
    }
}
