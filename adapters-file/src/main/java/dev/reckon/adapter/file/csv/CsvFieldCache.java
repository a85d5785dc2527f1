package dev.reckon.adapter.file.csv;

import java.util.function.Function;

/**
 * Remembers what the texts of one column meant, keyed by the field's bytes, so that a text seen
 * before (a subject, a metric, a day: files repeat them row after row) is neither decoded nor
 * interpreted again. Surrounding spaces are ignored. Holds at most {@link #MAX_REMEMBERED} texts;
 * later ones are interpreted every time. A text whose interpretation is null (it was wrong, and
 * the interpreter said so) is never remembered, so every row that has it is told about it.
 * One per column of one file; not thread-safe.
 *
 * @param <T> what a text means
 */
public final class CsvFieldCache<T> {

    public static final int MAX_REMEMBERED = 4096;
    private static final int SLOTS = MAX_REMEMBERED * 2;

    private final byte[][] keys = new byte[SLOTS][];
    private final int[] hashes = new int[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private int remembered;

    /** What the trimmed field {@code index} of {@code record} means; {@code interpret} reads a text not seen before. */
    @SuppressWarnings("unchecked")
    public T read(CsvRecord record, int index, Function<String, T> interpret) {
        int hash = record.trimmedHash(index);
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        while (keys[slot] != null) {
            if (hashes[slot] == hash && record.trimmedBytesEqual(index, keys[slot])) {
                return (T) values[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        T value = interpret.apply(record.trimmed(index));
        if (value != null && remembered < MAX_REMEMBERED) {
            keys[slot] = record.trimmedBytes(index);
            hashes[slot] = hash;
            values[slot] = value;
            remembered++;
        }
        return value;
    }
}
