package dev.reckon.adapter.jdbc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing little-endian byte array, the way a post block's columns are written: whole arrays of
 * fixed-width numbers, which read back with one bulk copy each, and texts as UTF-8 bytes.
 */
final class BlockBytes {

    private ByteBuffer buffer;

    BlockBytes(int expected) {
        buffer = ByteBuffer.allocate(Math.max(expected, 64)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A reader over {@code bytes}, as written here. */
    static ByteBuffer reading(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    static long[] longs(ByteBuffer from, int count) {
        long[] values = new long[count];
        from.asLongBuffer().get(values);
        from.position(from.position() + count * Long.BYTES);
        return values;
    }

    BlockBytes putInt(int value) {
        room(Integer.BYTES).putInt(value);
        return this;
    }

    /**
     * {@code count} numbers as their least one and each one's distance from it, in as few bytes as
     * the largest distance needs (none when all are equal): a block's counts are mostly small and
     * its positions and lines close together, so a column takes a fraction of eight bytes a value.
     */
    BlockBytes putNarrowLongs(long[] values, int count) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        if (count == 0) {
            min = 0;
            max = 0;
        }
        long range = max - min;
        // A range past Long.MAX_VALUE wraps below zero: such a column is kept whole.
        int width = range < 0 ? Long.BYTES : range == 0 ? 0 : range < 1L << 8 ? 1 : range < 1L << 16 ? 2
                : range < 1L << 32 ? 4 : Long.BYTES;
        room(1 + Long.BYTES).put((byte) width).putLong(width == Long.BYTES ? 0 : min);
        long base = width == Long.BYTES ? 0 : min;
        ByteBuffer to = room(count * width);
        for (int i = 0; i < count; i++) {
            long distance = values[i] - base;
            switch (width) {
                case 1 -> to.put((byte) distance);
                case 2 -> to.putShort((short) distance);
                case 4 -> to.putInt((int) distance);
                case Long.BYTES -> to.putLong(distance);
                default -> { }
            }
        }
        return this;
    }

    /** {@code count} numbers {@link #putNarrowLongs} wrote. */
    static long[] narrowLongs(ByteBuffer from, int count) {
        int width = from.get();
        long base = from.getLong();
        long[] values = new long[count];
        switch (width) {
            case 0 -> java.util.Arrays.fill(values, base);
            case 1 -> {
                for (int i = 0; i < count; i++) {
                    values[i] = base + (from.get() & 0xFFL);
                }
            }
            case 2 -> {
                for (int i = 0; i < count; i++) {
                    values[i] = base + (from.getShort() & 0xFFFFL);
                }
            }
            case 4 -> {
                for (int i = 0; i < count; i++) {
                    values[i] = base + (from.getInt() & 0xFFFF_FFFFL);
                }
            }
            default -> {
                return longs(from, count);
            }
        }
        return values;
    }

    BlockBytes putLongs(long[] values, int count) {
        room(count * Long.BYTES).asLongBuffer().put(values, 0, count);
        buffer.position(buffer.position() + count * Long.BYTES);
        return this;
    }

    BlockBytes putBytes(byte[] bytes, int count) {
        room(count).put(bytes, 0, count);
        return this;
    }

    /** Its UTF-8 bytes, which {@link #text} reads back; the caller keeps the length. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.UTF_8);
    }

    byte[] toArray() {
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            int size = Math.max(buffer.capacity() * 2, buffer.position() + bytes);
            ByteBuffer larger = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
            larger.put(buffer.array(), 0, buffer.position());
            buffer = larger;
        }
        return buffer;
    }
}
