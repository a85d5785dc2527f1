package dev.reckon.application.archviolation;

import dev.reckon.adapter.file.archviolation.SomeFileAdapter;

/** Breaks the inward rule on purpose: the application using an adapter. */
public class ServiceCallingAnAdapter {
    public SomeFileAdapter adapter = new SomeFileAdapter();
}
