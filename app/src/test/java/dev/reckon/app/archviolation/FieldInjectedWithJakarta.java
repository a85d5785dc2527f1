package dev.reckon.app.archviolation;

/** Breaks the rule on purpose: field injection with jakarta.inject. */
public class FieldInjectedWithJakarta {
    @jakarta.inject.Inject
    Object store;
}
