package dev.reckon.adapter.jdbc;

import dev.reckon.columnar.SeriesColumns;
import dev.reckon.domain.observation.Window;
import dev.reckon.store.codec.EpochNanos;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The positions of a series' held observations in the order of their windows as the store keys
 * them (start, then end), so that they are inserted where the table's b-tree already ends. Most
 * files give a series' days in time order; then the order is the held one and nothing is sorted.
 */
final class WindowOrder {

    /** Null when the held order is already the windows' order. */
    private final int[] positions;
    private final int size;

    private WindowOrder(int[] positions, int size) {
        this.positions = positions;
        this.size = size;
    }

    static WindowOrder of(SeriesColumns columns) {
        int size = columns.size();
        long[] starts = new long[size];
        long[] ends = new long[size];
        boolean inOrder = true;
        for (int position = 0; position < size; position++) {
            Window window = columns.window(position);
            starts[position] = EpochNanos.of(window.start());
            ends[position] = EpochNanos.of(window.end());
            inOrder &= position == 0 || compare(starts, ends, position - 1, position) < 0;
        }
        if (inOrder) {
            return new WindowOrder(null, size);
        }
        Integer[] order = new Integer[size];
        Arrays.setAll(order, position -> position);
        Arrays.sort(order, Comparator.comparingLong((Integer position) -> starts[position])
                .thenComparingLong(position -> ends[position]));
        return new WindowOrder(Arrays.stream(order).mapToInt(Integer::intValue).toArray(), size);
    }

    private static int compare(long[] starts, long[] ends, int one, int other) {
        int byStart = Long.compare(starts[one], starts[other]);
        return byStart != 0 ? byStart : Long.compare(ends[one], ends[other]);
    }

    int size() {
        return size;
    }

    /** The held position of the observation that comes {@code rank}th in window order. */
    int position(int rank) {
        return positions == null ? rank : positions[rank];
    }
}
