package dev.reckon.adapter.file.csv;

import java.util.Arrays;
import java.util.Objects;

/**
 * Remembers what a combination of a record's fields meant (the subject, platform, metric and
 * segment that name a series; the two dates of a window), keyed by the fields' bytes exactly as
 * written, so that a row repeating a combination met before is understood with one lookup instead
 * of one per field. Only what the caller {@link #remember}s is known: a combination that was wrong
 * is never remembered, and is interpreted (and reported) again every time. Holds at most
 * {@link #MAX_REMEMBERED} combinations; later ones are never found. One per file; not thread-safe.
 *
 * @param <T> what a combination means
 */
public final class CsvFieldsCache<T> {

    public static final int MAX_REMEMBERED = CsvFieldCache.MAX_REMEMBERED;
    private static final int SLOTS = MAX_REMEMBERED * 2;

    private final int[] fields;
    /**
     * Every key's bytes, one after another, each field's after the other's: kept together rather
     * than one array per key, so that a file cycling through its keys finds them close in memory.
     * A word's room is left after the last, so a field's last bytes are always read as one word.
     */
    private byte[] arena = new byte[1 << 12];
    private int arenaUsed;
    /** The hash table: per slot, the number of the entry there plus one, 0 when the slot is free. */
    private final int[] table = new int[SLOTS];
    /**
     * Per entry (numbered in the order they were remembered), side by side so that finding one
     * reads one place: where its key starts in {@link #arena}, the entry found right after it last
     * time (-1 for none), and where each field's bytes end in its key.
     */
    private final int[] entries;
    private final int stride;
    private final int[] hashes = new int[MAX_REMEMBERED];
    private final Object[] values = new Object[MAX_REMEMBERED];
    private int remembered;
    /** The entry found last, tried first: sorted files repeat a combination for many rows. */
    private int lastEntry = -1;

    /** A cache keyed by the fields at {@code fields} (numbered from 0), in that order. */
    public CsvFieldsCache(int... fields) {
        Objects.requireNonNull(fields, "fields is null");
        if (fields.length == 0) {
            throw new IllegalArgumentException("a key needs at least one field");
        }
        for (int field : fields) {
            if (field < 0) {
                throw new IllegalArgumentException("field numbers start at 0: " + field);
            }
        }
        this.fields = fields.clone();
        this.stride = 2 + fields.length;
        this.entries = new int[MAX_REMEMBERED * stride];
    }

    /**
     * What the record's key fields meant when remembered, or null when they were not. Tried before
     * any hashing: the combination found last (files sorted by it repeat it row after row), then the
     * one that followed it last time (files sorted otherwise cycle through the same combinations).
     */
    @SuppressWarnings("unchecked")
    public T find(CsvRecord record) {
        int last = lastEntry;
        if (last >= 0) {
            if (matches(record, last)) {
                return (T) values[last];
            }
            int successor = entries[last * stride + 1];
            if (successor >= 0 && matches(record, successor)) {
                lastEntry = successor;
                return (T) values[successor];
            }
        }
        int entry = lookUp(record, hash(record));
        if (entry < 0) {
            return null;
        }
        follow(entry);
        return (T) values[entry];
    }

    /** Remembers that the record's key fields mean {@code value}, unless the cache is full or knows them already. */
    public void remember(CsvRecord record, T value) {
        Objects.requireNonNull(value, "value is null");
        if (remembered == MAX_REMEMBERED) {
            return;
        }
        int hash = hash(record);
        if (lookUp(record, hash) >= 0) {
            return;
        }
        int slot = slotOf(hash);
        while (table[slot] != 0) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        int entry = remembered++;
        table[slot] = entry + 1;
        hashes[entry] = hash;
        values[entry] = value;
        int at = entry * stride;
        entries[at] = arenaUsed;
        entries[at + 1] = -1;
        int length = 0;
        for (int i = 0; i < fields.length; i++) {
            length += record.rawEnd(fields[i]) - record.rawStart(fields[i]);
            entries[at + 2 + i] = length;
        }
        if (arenaUsed + length + Long.BYTES > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length + Long.BYTES));
        }
        for (int i = 0; i < fields.length; i++) {
            int from = record.rawStart(fields[i]);
            int fieldLength = record.rawEnd(fields[i]) - from;
            System.arraycopy(record.bytes(), from, arena, arenaUsed, fieldLength);
            arenaUsed += fieldLength;
        }
        follow(entry);
    }

    /** The entry of the record's key fields, found by their hash, or -1. */
    private int lookUp(CsvRecord record, int hash) {
        for (int slot = slotOf(hash); table[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
            int entry = table[slot] - 1;
            if (hashes[entry] == hash && matches(record, entry)) {
                return entry;
            }
        }
        return -1;
    }

    /** {@code entry} is found (or remembered) right after the one found last. */
    private void follow(int entry) {
        if (lastEntry >= 0) {
            entries[lastEntry * stride + 1] = entry;
        }
        lastEntry = entry;
    }

    /** Compares the last field first: in a sorted file that is the one most likely to differ from the row before. */
    private boolean matches(CsvRecord record, int entry) {
        byte[] key = arena;
        int at = entry * stride;
        int keyStart = entries[at];
        byte[] bytes = record.bytes();
        for (int i = fields.length - 1; i >= 0; i--) {
            int from = record.rawStart(fields[i]);
            int fieldStart = i == 0 ? 0 : entries[at + 1 + i];
            int length = entries[at + 2 + i] - fieldStart;
            if (record.rawEnd(fields[i]) - from != length || !ByteRuns.same(bytes, from, key, keyStart + fieldStart, length)) {
                return false;
            }
        }
        return true;
    }

    private int hash(CsvRecord record) {
        long hash = 0;
        for (int field : fields) {
            hash = ByteRuns.mix(hash, record.bytes(), record.rawStart(field), record.rawEnd(field));
        }
        return ByteRuns.finish(hash);
    }

    private static int slotOf(int hash) {
        return hash & (SLOTS - 1);
    }

    @Override
    public String toString() {
        return "CsvFieldsCache" + Arrays.toString(fields) + " with " + remembered + " remembered";
    }
}
