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

    static int[] ints(ByteBuffer from, int count) {
        int[] values = new int[count];
        from.asIntBuffer().get(values);
        from.position(from.position() + count * Integer.BYTES);
        return values;
    }

    BlockBytes putInt(int value) {
        room(Integer.BYTES).putInt(value);
        return this;
    }

    BlockBytes putLongs(long[] values, int count) {
        room(count * Long.BYTES).asLongBuffer().put(values, 0, count);
        buffer.position(buffer.position() + count * Long.BYTES);
        return this;
    }

    BlockBytes putInts(int[] values, int count) {
        room(count * Integer.BYTES).asIntBuffer().put(values, 0, count);
        buffer.position(buffer.position() + count * Integer.BYTES);
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
