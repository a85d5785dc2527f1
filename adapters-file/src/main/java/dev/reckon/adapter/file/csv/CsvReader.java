package dev.reckon.adapter.file.csv;

import dev.reckon.adapter.file.text.LineTooLongException;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.shared.Opener;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * <p>It reads bytes, since in UTF-8 and in single-byte charsets such as windows-1252 the bytes of
 * separators, quotes and line ends never occur inside another character: a record's fields stay
 * where they are in the buffer (quoted fields are unquoted in place) and become strings only when
 * asked for. Text that arrives as characters (a {@link Reader}, a UTF-16 file) is first encoded as
 * UTF-8. {@link #next()} refills one reused {@link CsvRecord}, so reading a file makes no garbage
 * beyond the strings the caller asks for.
 */
public final class CsvReader implements Closeable {

    private static final int END = -1;
    private static final int BUFFER = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Every byte that may end an unquoted field or start a quoted one (LF, CR, quote) is below this; so are a comma and a tab. */
    private static final int MARKED_BELOW = ',' + 1;
    /**
     * Added to a word's low seven bits, this carries into the high bit of each byte not below
     * {@link #MARKED_BELOW} and never into the next byte: the bytes left without a high bit (and
     * without their own, so never part of a UTF-8 character) are the ones a field may end at.
     */
    private static final long MARKING = (0x80 - MARKED_BELOW) * 0x0101010101010101L;
    /** {@link #readPlainFields} leaves the rest of the record to the field-by-field reading. */
    private static final int MORE = -2;

    private final InputStream in;
    private final byte separator;
    /** The separator in each byte of a word. */
    private final long separators;
    /** {@link #separators} when the separator is not below {@link #MARKED_BELOW}, so needs a test of its own; else 0. */
    private final long separatorMarks;
    private final boolean utf8;
    private final CsvRecord record;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    /** Where the record being read starts in the buffer, or -1 between records; refills keep it. */
    private int recordStart = -1;
    /** The start of the field being read, and where its next byte goes (behind {@link #position} once quotes were removed). */
    private int fieldStart;
    private int write;
    private long line = 1;
    private boolean started;
    /** Where {@code buffer[0]} is in the stream. */
    private long bufferOffset;

    public CsvReader(Reader in) {
        this(in, ',');
    }

    public CsvReader(Reader in, char separator) {
        this(new Utf8Bytes(Objects.requireNonNull(in, "in is null")), StandardCharsets.UTF_8, separator);
    }

    /**
     * Reads {@code in} as text in {@code charset}: UTF-8, or a single-byte charset that extends
     * ASCII (windows-1252, ISO-8859-1).
     */
    public CsvReader(InputStream in, Charset charset, char separator) {
        this.in = Objects.requireNonNull(in, "in is null");
        Objects.requireNonNull(charset, "charset is null");
        if (separator == '"' || separator == '\n' || separator == '\r' || separator >= 0x80) {
            throw new IllegalArgumentException("fields are separated by an ASCII character other than a quote or a line break");
        }
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        if (!utf8 && (charset.newEncoder().maxBytesPerChar() != 1 || !charset.contains(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException(charset + " is neither UTF-8 nor a single-byte charset that extends ASCII");
        }
        this.separator = (byte) separator;
        this.separators = separator * 0x0101010101010101L;
        this.separatorMarks = separator < MARKED_BELOW ? 0 : separators;
        this.record = new CsvRecord(charset);
    }

    /**
     * A reader of records that start at the first byte of {@code in}, taken from the middle of a
     * text: those bytes are never a byte order mark, and lines are numbered from 1 there.
     */
    public static CsvReader fromRecordStart(InputStream in, Charset charset, char separator) {
        CsvReader reader = new CsvReader(in, charset, separator);
        reader.started = true;
        return reader;
    }

    /** A comma-separated reader over the text of a file in {@code encoding}, after its byte order mark. */
    public static CsvReader open(Opener opener, TextEncoding encoding) throws IOException {
        return open(opener, encoding, ',');
    }

    /** {@link #open(Opener, TextEncoding)} for fields separated by {@code separator}. */
    public static CsvReader open(Opener opener, TextEncoding encoding, char separator) throws IOException {
        Charset charset = encoding.charset();
        if (!charset.equals(StandardCharsets.UTF_8) && charset.newEncoder().maxBytesPerChar() != 1) {
            return new CsvReader(TextDecoding.open(opener, encoding), separator);
        }
        InputStream in = opener.open();
        try {
            in.skipNBytes(encoding.bomLength());
            return new CsvReader(in, charset, separator);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Reads the next record into {@link #record()}; false at the end of the text.
     *
     * @throws LineTooLongException when the record is longer than {@link LineTooLongException#MAX_BYTES}
     */
    public boolean next() throws IOException {
        recordStart = -1;
        if (!started) {
            started = true;
            skipByteOrderMark();
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
        recordStart = position;
        record.start(buffer, line);
        while ((c = readPlainFields()) == MORE) {
            c = readField();
            if (c != separator) {
                break;
            }
        }
        if (c != END) {
            endLine(c);
        }
        return true;
    }

    /** The record {@link #next()} read; overwritten by the next call. */
    public CsvRecord record() {
        return record;
    }

    /** Where the first byte of the record {@link #next()} read is in the stream, counting bytes from 0. */
    public long recordOffset() {
        if (recordStart < 0) {
            throw new IllegalStateException("no record has been read");
        }
        return bufferOffset + recordStart;
    }

    /** The physical line the reader has reached. */
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Reads unquoted fields from {@link #position}, a field's start, while the record lies whole in
     * the buffer, a word at a time: one test marks every byte of a word that may end a field (see
     * {@link #MARKING}), and only those are looked at. Returns the line end that ended the record,
     * consumed, or {@link #MORE} with {@link #position} at the field it leaves to {@link #readField}:
     * a quoted one, or one that runs into the buffer's last word.
     *
     * <p>Kept under HotSpot's limit for inlining a hot method (325 bytes of bytecode), so that it
     * is inlined into {@link #next()}: a version just over it was not, and was slower
     * (docs/benchmarks.md#code-choices).
     */
    private int readPlainFields() {
        byte[] bytes = buffer;
        int end = limit - Long.BYTES;
        byte sep = separator;
        long sepMarks = separatorMarks;
        CsvRecord fields = record;
        int[] starts = fields.starts;
        int[] ends = fields.ends;
        int size = fields.size;
        int from = position;
        for (int p = from; p <= end; p += Long.BYTES) {
            long word = (long) LONGS.get(bytes, p);
            long marks = ~(((word & LOW_SEVEN_BITS) + MARKING) | word) & HIGH_BITS;
            if (sepMarks != 0) {
                marks |= zeroBytes(word ^ sepMarks);
            }
            for (; marks != 0; marks &= marks - 1) {
                int at = p + (Long.numberOfTrailingZeros(marks) >>> 3);
                byte b = bytes[at];
                if (b == sep || b == '\n' || b == '\r') {
                    if (size == ends.length) {
                        fields.size = size;
                        fields.grow();
                        starts = fields.starts;
                        ends = fields.ends;
                    }
                    starts[size] = from;
                    ends[size++] = at;
                    from = at + 1;
                    if (b != sep) {
                        fields.size = size;
                        position = from;
                        return b;
                    }
                } else if (b == '"' && at == from) {
                    fields.size = size;
                    position = from;
                    return MORE;
                }
            }
        }
        fields.size = size;
        position = from;
        return MORE;
    }

    /** Reads one field from {@link #position}, refilling the buffer as needed; returns the byte after it, consumed, or {@link #END}. */
    private int readField() throws IOException {
        int c;
        if (peek() == '"') {
            position++;
            fieldStart = position;
            write = position;
            c = readQuoted();
            if (c != separator && c != '\n' && c != '\r' && c != END) {
                buffer[write++] = (byte) c;
                c = readUnquoted();
            }
        } else {
            fieldStart = position;
            write = position;
            c = readUnquoted();
        }
        record.addField(fieldStart, write);
        return c;
    }

    private void skipByteOrderMark() throws IOException {
        while (utf8 && limit - position < 3 && fill()) {
            // a byte order mark may arrive a byte at a time
        }
        if (utf8 && limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF
                && (buffer[position + 1] & 0xFF) == 0xBB && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    /** Reads a quoted field's content after its opening quote; returns the character after the closing quote. */
    private int readQuoted() throws IOException {
        while (true) {
            skipQuotedText();
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
            buffer[write++] = (byte) c;
        }
    }

    /**
     * Passes the bytes of a quoted field up to its next quote or line end a word at a time while
     * whole words are left, moving them down to {@link #write} when quotes before them were removed.
     */
    private void skipQuotedText() {
        byte[] bytes = buffer;
        int last = limit - Long.BYTES;
        int p = position;
        int w = write;
        for (; p <= last; p += Long.BYTES, w += Long.BYTES) {
            long word = (long) LONGS.get(bytes, p);
            long stops = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ RETURNS);
            if (stops != 0) {
                int plain = Long.numberOfTrailingZeros(stops) >>> 3;
                if (w != p) {
                    System.arraycopy(bytes, p, bytes, w, plain);
                }
                p += plain;
                w += plain;
                break;
            }
            if (w != p) {
                // The word is already read, and it goes below where the next one starts.
                LONGS.set(bytes, w, word);
            }
        }
        position = p;
        write = w;
    }

    /**
     * Scans field bytes up to a separator or line end, moving them down to {@link #write} when
     * quotes before them were removed; returns the byte that ended the field, consumed, or {@link #END}.
     */
    private int readUnquoted() throws IOException {
        byte sep = separator;
        while (true) {
            byte[] bytes = buffer;
            int p = position;
            int end = limit;
            int w = write;
            if (w == p) {
                // Eight bytes at a time while a whole word is left: the first byte that ends the field is found at once.
                while (p + Long.BYTES <= end) {
                    long word = (long) LONGS.get(bytes, p);
                    long ends = zeroBytes(word ^ separators) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ RETURNS);
                    if (ends != 0) {
                        p += Long.numberOfTrailingZeros(ends) >>> 3;
                        position = p + 1;
                        write = p;
                        return bytes[p];
                    }
                    p += Long.BYTES;
                }
                while (p < end) {
                    byte b = bytes[p];
                    if (b == sep || b == '\n' || b == '\r') {
                        position = p + 1;
                        write = p;
                        return b;
                    }
                    p++;
                }
                w = p;
            } else {
                while (p < end) {
                    byte b = bytes[p];
                    if (b == sep || b == '\n' || b == '\r') {
                        position = p + 1;
                        write = w;
                        return b;
                    }
                    bytes[w++] = b;
                    p++;
                }
            }
            position = p;
            write = w;
            if (!fill()) {
                return END;
            }
        }
    }

    /**
     * The high bit of each zero byte of {@code word}, exactly: the low seven bits of a byte plus
     * 0x7F carry into its high bit unless they are all zero, and never into the next byte.
     */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word) & HIGH_BITS;
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
        return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position] & 0xFF;
    }

    /**
     * Reads more bytes after the unread ones, first moving the record being read (or the unread
     * bytes) to the start of the buffer, and doubling the buffer when a record fills it, up to
     * {@link LineTooLongException#MAX_BYTES}.
     */
    private boolean fill() throws IOException {
        int keep = recordStart >= 0 ? recordStart : position;
        int kept = limit - keep;
        if (keep > 0) {
            System.arraycopy(buffer, keep, buffer, 0, kept);
        } else if (kept == buffer.length) {
            if (buffer.length >= LineTooLongException.MAX_BYTES) {
                throw new LineTooLongException(recordStart >= 0 ? record.line() : line, LineTooLongException.MAX_BYTES);
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        bufferOffset += keep;
        position -= keep;
        limit = kept;
        fieldStart -= keep;
        write -= keep;
        if (recordStart >= 0) {
            recordStart = 0;
            record.moved(buffer, keep);
        }
        int n;
        do {
            n = in.read(buffer, limit, buffer.length - limit);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }
}
