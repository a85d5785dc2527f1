package dev.reckon.adapter.file.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Compares and hashes runs of bytes eight at a time, for the caches that look a field up by its
 * bytes: the JIT turns each {@code LONGS.get} into one load.
 */
final class ByteRuns {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteRuns() {
    }

    /** True when the {@code length} bytes from {@code from} in {@code bytes} are those from {@code keyFrom} in {@code key}. */
    static boolean same(byte[] bytes, int from, byte[] key, int keyFrom, int length) {
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            if ((long) LONGS.get(bytes, from + i) != (long) LONGS.get(key, keyFrom + i)) {
                return false;
            }
        }
        return lastBytes(bytes, from + i, from + length) == lastBytes(key, keyFrom + i, keyFrom + length);
    }

    /** {@code hash} with the bytes from {@code from} to {@code to} mixed in, a word at a time, cheaply. */
    static long mix(long hash, byte[] bytes, int from, int to) {
        long mixed = hash * 31 + (to - from);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            mixed = mixed * 31 + (long) LONGS.get(bytes, i);
        }
        return mixed * 31 + lastBytes(bytes, i, to);
    }

    /** Spreads a mixed hash's bits over its low ones (MurmurHash3's finaliser), for a table's slot. */
    static int finish(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }

    /**
     * The fewer than eight bytes from {@code from} to {@code to} as one little-endian word, zero
     * above them: one load and a mask when a word fits in the array, as it almost always does.
     */
    private static long lastBytes(byte[] bytes, int from, int to) {
        int count = to - from;
        if (count == 0) {
            return 0;
        }
        if (from + Long.BYTES <= bytes.length) {
            return (long) LONGS.get(bytes, from) & (-1L >>> (Long.SIZE - Byte.SIZE * count));
        }
        long word = 0;
        for (int i = to - 1; i >= from; i--) {
            word = word << Byte.SIZE | bytes[i] & 0xFF;
        }
        return word;
    }
}
