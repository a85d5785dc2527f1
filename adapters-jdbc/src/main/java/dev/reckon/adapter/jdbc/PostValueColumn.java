package dev.reckon.adapter.jdbc;

import dev.reckon.domain.number.Interval;
import java.nio.ByteBuffer;

/** One metric's values of a post block's posts as read back: whole numbers in an array, any other value as its text. */
final class PostValueColumn {

    private final byte[] kinds;
    private final long[] whole;
    private final TextColumn others;
    /** Where each post's value is among {@link #others}; null when every value is whole. */
    private final int[] otherAt;

    private PostValueColumn(byte[] kinds, long[] whole, TextColumn others, int[] otherAt) {
        this.kinds = kinds;
        this.whole = whole;
        this.others = others;
        this.otherAt = otherAt;
    }

    /** The column one of {@link PostBlock#values} holds. */
    static PostValueColumn of(byte[] column) {
        ByteBuffer from = BlockBytes.reading(column);
        int count = from.getInt();
        boolean allWhole = from.getInt() == 1;
        byte[] kinds = new byte[count];
        if (allWhole) {
            java.util.Arrays.fill(kinds, PostBlock.WHOLE);
        } else {
            from.get(kinds);
        }
        long[] whole = BlockBytes.narrowLongs(from, count);
        int otherCount = from.getInt();
        TextColumn others = TextColumn.read(from, otherCount);
        int[] otherAt = null;
        if (otherCount > 0) {
            otherAt = new int[count];
            int next = 0;
            for (int i = 0; i < count; i++) {
                if (kinds[i] == PostBlock.OTHER) {
                    otherAt[i] = next++;
                }
            }
        }
        return new PostValueColumn(kinds, whole, others, otherAt);
    }

    /** Whether the post at {@code index} has a value of the metric. */
    boolean has(int index) {
        return kinds[index] != PostBlock.ABSENT;
    }

    boolean isWhole(int index) {
        return kinds[index] == PostBlock.WHOLE;
    }

    /** The whole value of the post at {@code index}, where {@link #isWhole} says it has one. */
    long whole(int index) {
        return whole[index];
    }

    /** The value of the post at {@code index}, which {@link #has} one. */
    Interval value(int index) {
        return isWhole(index) ? Interval.exactly(whole[index]) : PostValuesText.interval(others.get(otherAt[index]));
    }
}
