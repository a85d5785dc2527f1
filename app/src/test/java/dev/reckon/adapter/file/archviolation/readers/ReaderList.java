package dev.reckon.adapter.file.archviolation.readers;

import dev.reckon.adapter.file.archviolation.platform.PlatformReader;

/** One half of a package cycle on purpose: the list of readers names a reader... */
public class ReaderList {
    public PlatformReader first = new PlatformReader();
}
