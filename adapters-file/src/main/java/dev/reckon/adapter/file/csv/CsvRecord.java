package dev.reckon.adapter.file.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One record of a CSV file. The {@link CsvReader} that returns it reuses it for the next record,
 * so keep the values, not the record. Fields are numbered from 0 here; reports number columns from 1.
 */
public final class CsvRecord {

    private char[] chars = new char[256];
    private int length;
    private int[] ends = new int[16];
    private int size;
    private long line;
    private boolean unterminatedQuote;

    CsvRecord() {
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
        return new String(chars, start(index), end(index) - start(index));
    }

    /** Field {@code index} with surrounding spaces removed. */
    public String trimmed(int index) {
        int from = trimmedStart(index);
        return new String(chars, from, trimmedEnd(index, from) - from);
    }

    /** True when field {@code index} holds nothing but spaces. */
    public boolean isBlank(int index) {
        return trimmedStart(index) == end(index);
    }

    /** The length of field {@code index}. */
    public int length(int index) {
        return end(index) - start(index);
    }

    /** Character {@code at} of field {@code index}. */
    public char charAt(int index, int at) {
        if (at < 0 || at >= length(index)) {
            throw new IndexOutOfBoundsException("character " + at + " of a field of " + length(index));
        }
        return chars[start(index) + at];
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

    private boolean regionEquals(int from, int to, String text) {
        if (to - from != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (chars[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int trimmedStart(int index) {
        int from = start(index);
        int to = end(index);
        while (from < to && chars[from] <= ' ') {
            from++;
        }
        return from;
    }

    private int trimmedEnd(int index, int trimmedStart) {
        int to = end(index);
        while (to > trimmedStart && chars[to - 1] <= ' ') {
            to--;
        }
        return to;
    }

    private int start(int index) {
        check(index);
        return index == 0 ? 0 : ends[index - 1];
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

    void start(long startLine) {
        length = 0;
        size = 0;
        line = startLine;
        unterminatedQuote = false;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    void append(char[] source, int from, int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
        System.arraycopy(source, from, chars, length, count);
        length += count;
    }

    void endField() {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[size++] = length;
    }

    void markUnterminatedQuote() {
        unterminatedQuote = true;
    }
}
