package dev.reckon.adapter.file.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One record of a CSV file. The {@link CsvReader} that returns it reuses it for the next record,
 * so keep the values, not the record. Fields are numbered from 0 here; reports number columns from 1.
 *
 * <p>The record holds the file's bytes, not characters: a field becomes a string only when asked
 * for, and the questions a reader asks of every row ({@link #trimmedEquals}, a number read by
 * {@link CsvNumbers}, a {@link CsvFieldsCache} lookup) are answered from the bytes. The text is
 * UTF-8 or a single-byte charset that extends ASCII, so separators, quotes, spaces and digits are
 * single bytes either way.
 */
public final class CsvRecord {

    private final Charset charset;
    private byte[] bytes;
    /*
     * Field bounds in bytes and their count. The reader writes these directly, a measurable gain
     * over a call per field on the import's hottest path; everything else goes through methods.
     */
    int[] starts = new int[16];
    int[] ends = new int[16];
    int size;
    private long line;
    private boolean unterminatedQuote;

    CsvRecord(Charset charset) {
        this.charset = charset;
    }

    /** How many fields the record has; a record always has at least one. */
    public int size() {
        return size;
    }

    /** The 1-based physical line where the record starts. */
    public long line() {
        return line;
    }

    /** True when the file ended inside a quoted field, so the last field may have swallowed later lines. */
    public boolean unterminatedQuote() {
        return unterminatedQuote;
    }

    /** Field {@code index} (from 0), with quotes removed and doubled quotes undoubled. */
    public String get(int index) {
        return decode(start(index), end(index));
    }

    /** Field {@code index} with surrounding spaces removed. */
    public String trimmed(int index) {
        int from = trimmedStart(index);
        return decode(from, trimmedEnd(index, from));
    }

    /** True when field {@code index} holds nothing but spaces. */
    public boolean isBlank(int index) {
        return trimmedStart(index) == end(index);
    }

    /** The length of field {@code index}, in characters. */
    public int length(int index) {
        return get(index).length();
    }

    /** Character {@code at} of field {@code index}. */
    public char charAt(int index, int at) {
        String field = get(index);
        if (at < 0 || at >= field.length()) {
            throw new IndexOutOfBoundsException("character " + at + " of a field of " + field.length());
        }
        return field.charAt(at);
    }

    /** True when field {@code index} is exactly {@code text}, without making a string. */
    public boolean fieldEquals(int index, String text) {
        return regionEquals(start(index), end(index), text);
    }

    /** True when field {@code index} without surrounding spaces is exactly {@code text}, without making a string. */
    public boolean trimmedEquals(int index, String text) {
        int from = trimmedStart(index);
        return regionEquals(from, trimmedEnd(index, from), text);
    }

    /** Every field, as a new list. */
    public List<String> toList() {
        List<String> fields = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fields.add(get(i));
        }
        return fields;
    }

    @Override
    public String toString() {
        return line + ": " + toList();
    }

    /** The bytes the fields are in, valid until the next record is read. */
    byte[] bytes() {
        return bytes;
    }

    /** Where field {@code index} starts in {@link #bytes()}, spaces included. */
    int rawStart(int index) {
        return start(index);
    }

    /** Where field {@code index} ends in {@link #bytes()}, spaces included. */
    int rawEnd(int index) {
        return ends[index];
    }

    /** Where field {@code index} starts once leading spaces are skipped. */
    int trimmedStart(int index) {
        int from = start(index);
        int to = ends[index];
        while (from < to && (bytes[from] & 0xFF) <= ' ') {
            from++;
        }
        return from;
    }

    /** Where field {@code index} ends once trailing spaces are dropped; {@code trimmedStart} from {@link #trimmedStart}. */
    int trimmedEnd(int index, int trimmedStart) {
        int to = end(index);
        while (to > trimmedStart && (bytes[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        return to;
    }

    private String decode(int from, int to) {
        return new String(bytes, from, to - from, charset);
    }

    /** Bytes of other characters are never below 0x80, so an ASCII text matches byte for byte or not at all. */
    private boolean regionEquals(int from, int to, String text) {
        if (to - from != text.length()) {
            return isNonAscii(text) && decode(from, to).equals(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return decode(from, to).equals(text);
            }
            if (bytes[from + i] != c) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private int start(int index) {
        check(index);
        return starts[index];
    }

    private int end(int index) {
        check(index);
        return ends[index];
    }

    private void check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("field " + index + " of a record with " + size + " fields");
        }
    }

    void start(byte[] buffer, long startLine) {
        bytes = buffer;
        size = 0;
        line = startLine;
        unterminatedQuote = false;
    }

    void addField(int from, int to) {
        if (size == ends.length) {
            grow();
        }
        starts[size] = from;
        ends[size++] = to;
    }

    /** Doubles the room for fields. */
    void grow() {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
    }

    /** The reader moved the record's bytes {@code by} places towards the start of {@code buffer}. */
    void moved(byte[] buffer, int by) {
        bytes = buffer;
        if (by == 0) {
            // A record longer than the buffer is refilled in place many times: its fields stay put.
            return;
        }
        for (int i = 0; i < size; i++) {
            starts[i] -= by;
            ends[i] -= by;
        }
    }

    void markUnterminatedQuote() {
        unterminatedQuote = true;
    }
}
