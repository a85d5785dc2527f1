package dev.reckon.adapter.file.text;

import java.io.IOException;

/**
 * A line, or a CSV record, longer than Reckon reads ({@link #MAX_BYTES}): a file of that shape is
 * not an export, and holding it whole would take the memory every other file needs.
 */
public final class LineTooLongException extends IOException {

    /**
     * The longest line (or CSV record, quoted line breaks included) read: 16 MiB, a hundred times
     * the longest header of a real export (a six-month Facebook page export's 148 KB).
     */
    public static final int MAX_BYTES = 16 << 20;

    private final long line;

    public LineTooLongException(long line, int limit) {
        super("line " + line + " is longer than " + shownSize(limit) + ", the longest line Reckon reads");
        this.line = line;
    }

    /** The 1-based line where the long line (or record) starts. */
    public long line() {
        return line;
    }

    private static String shownSize(int bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
