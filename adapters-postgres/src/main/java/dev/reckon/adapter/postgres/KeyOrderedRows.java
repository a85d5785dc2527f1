package dev.reckon.adapter.postgres;

import dev.reckon.columnar.SeriesColumns;
import dev.reckon.domain.observation.Window;
import dev.reckon.store.codec.EpochNanos;
import java.util.Arrays;
import java.util.Comparator;

/**
 * One series' held observations in the order of the store's key (window start, then end), which a
 * series' rows almost always came in already, each remembering its place in the order they came
 * (its position in the series' columns, which are read in place: no observation is rebuilt).
 */
final class KeyOrderedRows {

    private final SeriesColumns columns;
    private final long[] starts;
    private final long[] ends;
    /** Row positions (in the order they came) in key order; null while they are the same. */
    private final int[] order;

    private KeyOrderedRows(SeriesColumns columns, long[] starts, long[] ends, int[] order) {
        this.columns = columns;
        this.starts = starts;
        this.ends = ends;
        this.order = order;
    }

    static KeyOrderedRows of(SeriesColumns columns) {
        int count = columns.size();
        long[] starts = new long[count];
        long[] ends = new long[count];
        boolean inKeyOrder = true;
        for (int i = 0; i < count; i++) {
            Window window = columns.window(i);
            starts[i] = EpochNanos.of(window.start());
            ends[i] = EpochNanos.of(window.end());
            inKeyOrder &= i == 0 || compare(starts[i - 1], ends[i - 1], starts[i], ends[i]) < 0;
        }
        return new KeyOrderedRows(columns, starts, ends, inKeyOrder ? null : keyOrder(starts, ends));
    }

    private static int[] keyOrder(long[] starts, long[] ends) {
        Integer[] order = new Integer[starts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> starts[i]).thenComparingLong(i -> ends[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    static int compare(long start, long end, long otherStart, long otherEnd) {
        int byStart = Long.compare(start, otherStart);
        return byStart != 0 ? byStart : Long.compare(end, otherEnd);
    }

    int size() {
        return starts.length;
    }

    /** The held columns, where {@link #cameAt} is each row's position. */
    SeriesColumns columns() {
        return columns;
    }

    /** The position among the rows as they came of the {@code k}th row in key order. */
    int cameAt(int k) {
        return order == null ? k : order[k];
    }

    long start(int k) {
        return starts[cameAt(k)];
    }

    long end(int k) {
        return ends[cameAt(k)];
    }

    /** How many rows, in key order, have a key at or before ({@code start}, {@code end}). */
    int atOrBefore(long start, long end) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(start(middle), end(middle), start, end) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
