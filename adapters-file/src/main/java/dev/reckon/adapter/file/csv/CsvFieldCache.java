package dev.reckon.adapter.file.csv;

import java.util.Arrays;
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
    /** The text met last, tried first: sorted files repeat a column's text for many rows. */
    private byte[] lastKey;
    private T lastValue;

    /** What the trimmed field {@code index} of {@code record} means; {@code interpret} reads a text not seen before. */
    @SuppressWarnings("unchecked")
    public T read(CsvRecord record, int index, Function<String, T> interpret) {
        byte[] bytes = record.bytes();
        // Most fields have no spaces around them and repeat the row before: one pass over the bytes then.
        if (lastKey != null && same(bytes, record.rawStart(index), record.rawEnd(index), lastKey)) {
            return lastValue;
        }
        int from = record.trimmedStart(index);
        int to = record.trimmedEnd(index, from);
        int hash = hash(bytes, from, to);
        int slot = hash & (SLOTS - 1);
        for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && same(bytes, from, to, key)) {
                return remember(key, (T) values[slot]);
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        T value = interpret.apply(record.trimmed(index));
        if (value == null || remembered == MAX_REMEMBERED) {
            return value;
        }
        byte[] key = Arrays.copyOfRange(bytes, from, to);
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
        remembered++;
        return remember(key, value);
    }

    private T remember(byte[] key, T value) {
        lastKey = key;
        lastValue = value;
        return value;
    }

    private static boolean same(byte[] bytes, int from, int to, byte[] key) {
        return to - from == key.length && ByteRuns.same(bytes, from, key, 0, key.length);
    }

    private static int hash(byte[] bytes, int from, int to) {
        return ByteRuns.finish(ByteRuns.mix(0, bytes, from, to));
    }
}
