package dev.reckon.adapter.jdbc;

import java.nio.ByteBuffer;

/**
 * Texts of a post block, one per post or none: each text's byte length (or a mark for none, or
 * for "the post's id") and then all texts' UTF-8 bytes, so that a reader finds the one it wants
 * without decoding the others.
 */
final class TextColumn {

    /** The length written for no text. */
    static final int NONE = -1;
    /** The length written for a text equal to the post's id (a permalink that is the id), kept once. */
    static final int SAME_AS_ID = -2;

    private final byte[] bytes;
    private final int[] lengths;
    private final int[] starts;

    private TextColumn(byte[] bytes, int[] lengths, int[] starts) {
        this.bytes = bytes;
        this.lengths = lengths;
        this.starts = starts;
    }

    /**
     * Writes {@code count} texts (null for none); where {@code ids} is given, a text equal to the
     * post's id is written as {@link #SAME_AS_ID}.
     */
    static void write(BlockBytes out, String[] texts, String[] ids, int count) {
        int[] lengths = new int[count];
        byte[][] encoded = new byte[count][];
        int total = 0;
        for (int i = 0; i < count; i++) {
            String text = texts[i];
            if (text == null) {
                lengths[i] = NONE;
            } else if (ids != null && text.equals(ids[i])) {
                lengths[i] = SAME_AS_ID;
            } else {
                encoded[i] = BlockBytes.utf8(text);
                lengths[i] = encoded[i].length;
                total += lengths[i];
            }
        }
        // Lengths shifted past the marks, so that the column of them is of numbers from zero.
        long[] shifted = new long[count];
        for (int i = 0; i < count; i++) {
            shifted[i] = lengths[i] - SAME_AS_ID;
        }
        out.putNarrowLongs(shifted, count).putInt(total);
        for (int i = 0; i < count; i++) {
            if (encoded[i] != null) {
                out.putBytes(encoded[i], encoded[i].length);
            }
        }
    }

    /** Reads {@code count} texts written by {@link #write}, leaving {@code from} after them. */
    static TextColumn read(ByteBuffer from, int count) {
        long[] shifted = BlockBytes.narrowLongs(from, count);
        int[] lengths = new int[count];
        for (int i = 0; i < count; i++) {
            lengths[i] = (int) (shifted[i] + SAME_AS_ID);
        }
        int total = from.getInt();
        byte[] bytes = new byte[total];
        from.get(bytes);
        int[] starts = new int[count];
        int at = 0;
        for (int i = 0; i < count; i++) {
            starts[i] = at;
            at += Math.max(lengths[i], 0);
        }
        return new TextColumn(bytes, lengths, starts);
    }

    /** The text at {@code index}; null for none; {@code id} where it was written as the id. */
    String get(int index, String id) {
        int length = lengths[index];
        if (length == NONE) {
            return null;
        }
        return length == SAME_AS_ID ? id : BlockBytes.text(bytes, starts[index], length);
    }

    /** The text at {@code index}, of a column written without ids. */
    String get(int index) {
        return get(index, null);
    }
}
