package dev.reckon.adapter.file.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * A streaming RFC 4180 reader, lenient where exports are: fields may be quoted, quoted fields may
 * hold separators, doubled quotes and line breaks; lines end in CRLF, LF or a lone CR. Each record
 * knows the physical line it starts on, so a problem can be reported where an editor shows it.
 *
 * <p>Leniencies, chosen so that no data is silently lost: text after a closing quote is kept as
 * part of the field; a quote inside an unquoted field is an ordinary character; a file that ends
 * inside a quoted field ends the record and marks it ({@link CsvRecord#unterminatedQuote()}); a
 * byte order mark at the very start is skipped; empty lines between records are skipped.
 *
 * <p>{@link #next()} refills one reused {@link CsvRecord}, so reading a file makes no garbage
 * beyond the strings the caller asks for.
 */
public final class CsvReader implements Closeable {

    private static final int END = -1;

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[1 << 16];
    private final CsvRecord record = new CsvRecord();
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;

    public CsvReader(Reader in) {
        this(in, ',');
    }

    public CsvReader(Reader in, char separator) {
        this.in = Objects.requireNonNull(in, "in is null");
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("a quote or line break cannot separate fields");
        }
        this.separator = separator;
    }

    /** Reads the next record into {@link #record()}; false at the end of the text. */
    public boolean next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                position++;
            }
        }
        int c = peek();
        while (c == '\n' || c == '\r') {
            position++;
            endLine(c);
            c = peek();
        }
        if (c == END) {
            return false;
        }
        record.start(line);
        while (true) {
            if (peek() == '"') {
                position++;
                c = readQuoted();
                if (c != separator && c != '\n' && c != '\r' && c != END) {
                    record.append((char) c);
                    c = readUnquoted();
                }
            } else {
                c = readUnquoted();
            }
            record.endField();
            if (c != separator) {
                if (c != END) {
                    endLine(c);
                }
                return true;
            }
        }
    }

    /** The record {@link #next()} read; overwritten by the next call. */
    public CsvRecord record() {
        return record;
    }

    /** The physical line the reader has reached. */
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads a quoted field's content after its opening quote; returns the character after the closing quote. */
    private int readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                record.markUnterminatedQuote();
                return END;
            }
            if (c == '"') {
                if (peek() != '"') {
                    return read();
                }
                position++;
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            record.append((char) c);
        }
    }

    /**
     * Copies field text up to a separator or line end straight from the buffer, a run at a time;
     * returns the character that ended it, consumed, or {@link #END}.
     */
    private int readUnquoted() throws IOException {
        while (true) {
            int from = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == separator || c == '\n' || c == '\r') {
                    record.append(buffer, from, position - from);
                    position++;
                    return c;
                }
                position++;
            }
            record.append(buffer, from, position - from);
            if (!fill()) {
                return END;
            }
        }
    }

    /** Consumes the line end that starts with {@code c} (CR LF counts once). */
    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            position++;
        }
        line++;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
