package dev.reckon.adapter.file.archviolation.platform;

import dev.reckon.adapter.file.archviolation.readers.ReaderList;

/** ...and the reader names the list back: the other half of the cycle. */
public class PlatformReader {
    public ReaderList list() {
        return null;
    }
}
