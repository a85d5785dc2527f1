package dev.reckon.adapter.file.archviolation;

/** An adapter class for the counterexamples to depend on. */
public class SomeFileAdapter {
}
