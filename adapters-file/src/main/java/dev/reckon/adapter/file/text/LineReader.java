package dev.reckon.adapter.file.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads a text line by line as {@link java.io.BufferedReader#readLine()} does (lines end in LF,
 * CR LF or a lone CR), but refuses a line longer than a limit instead of holding it whole, however
 * long it is: one line of a gigabyte would otherwise take the heap before anything could be said.
 */
public final class LineReader implements Closeable {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 13];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long lineNumber;
    /** The last line ended in a CR, so an LF right after it ends nothing. */
    private boolean afterReturn;

    /** Lines of at most {@link LineTooLongException#MAX_BYTES} characters. */
    public LineReader(Reader in) {
        this(in, LineTooLongException.MAX_BYTES);
    }

    LineReader(Reader in, int maxChars) {
        this.in = Objects.requireNonNull(in, "in is null");
        this.maxChars = maxChars;
    }

    /**
     * The next line without its line end, or null at the end of the text.
     *
     * @throws LineTooLongException when the line is longer than the limit
     */
    public String readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? ended() : null;
                }
            }
            char c = buffer[position++];
            if (afterReturn) {
                afterReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                afterReturn = c == '\r';
                return ended();
            }
            any = true;
            if (line.length() == maxChars) {
                throw new LineTooLongException(lineNumber + 1, maxChars);
            }
            line.append(c);
        }
    }

    /** The number of the line {@link #readLine()} gave last, from 1. */
    public long lineNumber() {
        return lineNumber;
    }

    private String ended() {
        lineNumber++;
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
