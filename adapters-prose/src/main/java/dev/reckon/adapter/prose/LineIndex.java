package dev.reckon.adapter.prose;

import java.util.Arrays;

/** 1-based line and column of an offset; a column counts code points, as an editor does. */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private int lastLineStart = -1;
    private int lastOffset;
    private int lastColumn;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crlf) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    int line(int offset) {
        int at = Arrays.binarySearch(lineStarts, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }

    /**
     * The column of {@code offset}; asked in increasing order on one line (as figures are), each
     * answer counts on from the last, so a megabyte on one line is not counted again per figure.
     */
    int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        int at = Math.min(Math.max(offset, start), text.length());
        if (lastLineStart == start && lastOffset <= at) {
            lastColumn += text.codePointCount(lastOffset, at);
        } else {
            lastColumn = text.codePointCount(start, at) + 1;
        }
        lastLineStart = start;
        lastOffset = at;
        return lastColumn;
    }
}
