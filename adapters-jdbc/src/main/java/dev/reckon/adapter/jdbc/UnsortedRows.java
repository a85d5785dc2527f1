package dev.reckon.adapter.jdbc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a write in the order they came, as parallel arrays of numbers allocated once and reused
 * for every run: a file in no key order over more keys than the write holds is set aside this way,
 * a row appended in a few stores, where holding it by series looked its window up in the series'
 * table, at a cache miss per row, and left each series' growing arrays to the collector. Sorting
 * by key happens once the arrays are full ({@link #writeSorted}).
 */
final class UnsortedRows {

    /** In {@link #others} for a whole number without currency, the common case, which needs no object. */
    private static final int WHOLE = -1;

    /** A value that is not a whole number without currency: its ends' text and its currency. */
    private record OtherValue(boolean whole, long wholeValue, String lo, String hi, String currency) {
    }

    private final long[] seriesIds;
    private final long[] starts;
    private final long[] ends;
    private final long[] seqs;
    private final long[] values;
    private final long[] lines;
    private final long[] provenanceIds;
    private final int[] others;
    private final List<OtherValue> otherValues = new ArrayList<>();
    private final int[] order;
    private final int[] sorting;
    private int size;

    UnsortedRows(int capacity) {
        seriesIds = new long[capacity];
        starts = new long[capacity];
        ends = new long[capacity];
        seqs = new long[capacity];
        values = new long[capacity];
        lines = new long[capacity];
        provenanceIds = new long[capacity];
        others = new int[capacity];
        order = new int[capacity];
        sorting = new int[capacity];
    }

    boolean isFull() {
        return size == seriesIds.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends {@code row}; the caller writes the rows out before the arrays are full. */
    void add(StoreRow row) {
        int index = size++;
        seriesIds[index] = row.seriesId;
        starts[index] = row.windowStart;
        ends[index] = row.windowEnd;
        seqs[index] = row.seq;
        lines[index] = row.line;
        provenanceIds[index] = row.provenanceId;
        if (row.whole && row.currency == null) {
            values[index] = row.wholeValue;
            others[index] = WHOLE;
        } else {
            others[index] = otherValues.size();
            otherValues.add(new OtherValue(row.whole, row.wholeValue, row.lo, row.hi, row.currency));
        }
    }

    /**
     * Writes each key once to {@code run}, in key order, with the value of its last row and the
     * seq of its first, then empties the arrays for the next run.
     */
    void writeSorted(SpilledRuns.RunWriter run, StoreRow row) throws IOException {
        sortByKey();
        int rank = 0;
        while (rank < size) {
            int first = order[rank];
            int last = first;
            while (++rank < size && sameKey(first, order[rank])) {
                last = order[rank];
            }
            fill(row, first, last);
            run.write(row);
        }
        size = 0;
        otherValues.clear();
    }

    private void fill(StoreRow row, int first, int last) {
        row.seriesId = seriesIds[first];
        row.windowStart = starts[first];
        row.windowEnd = ends[first];
        row.seq = seqs[first];
        row.line = lines[last];
        row.provenanceId = provenanceIds[last];
        if (others[last] == WHOLE) {
            row.whole = true;
            row.wholeValue = values[last];
            row.currency = null;
        } else {
            OtherValue other = otherValues.get(others[last]);
            row.whole = other.whole();
            row.wholeValue = other.wholeValue();
            row.lo = other.lo();
            row.hi = other.hi();
            row.currency = other.currency();
        }
    }

    private boolean sameKey(int one, int other) {
        return seriesIds[one] == seriesIds[other] && starts[one] == starts[other] && ends[one] == ends[other];
    }

    private int compareKeys(int one, int other) {
        int bySeries = Long.compare(seriesIds[one], seriesIds[other]);
        if (bySeries != 0) {
            return bySeries;
        }
        int byStart = Long.compare(starts[one], starts[other]);
        return byStart != 0 ? byStart : Long.compare(ends[one], ends[other]);
    }

    /**
     * Sorts the rows' indexes by key with a bottom-up merge sort: stable, so the rows of one key
     * stay in the order they came, and without an object per row.
     */
    private void sortByKey() {
        for (int index = 0; index < size; index++) {
            order[index] = index;
        }
        int[] from = order;
        int[] to = sorting;
        for (int width = 1; width < size; width *= 2) {
            for (int low = 0; low < size; low += 2 * width) {
                int middle = Math.min(low + width, size);
                int high = Math.min(low + 2 * width, size);
                merge(from, to, low, middle, high);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != order) {
            System.arraycopy(from, 0, order, 0, size);
        }
    }

    private void merge(int[] from, int[] to, int low, int middle, int high) {
        int left = low;
        int right = middle;
        for (int out = low; out < high; out++) {
            if (left < middle && (right >= high || compareKeys(from[left], from[right]) <= 0)) {
                to[out] = from[left++];
            } else {
                to[out] = from[right++];
            }
        }
    }
}
