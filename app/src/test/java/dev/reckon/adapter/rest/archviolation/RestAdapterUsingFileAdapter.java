package dev.reckon.adapter.rest.archviolation;

import dev.reckon.adapter.file.archviolation.SomeFileAdapter;

/** Breaks the adapter boundary on purpose: one adapter using another. */
public class RestAdapterUsingFileAdapter {
    public SomeFileAdapter files = new SomeFileAdapter();
}
