package dev.reckon.application.service.archviolation;

/** A service class for the port counterexample to depend on. */
public class SomeService {
}
