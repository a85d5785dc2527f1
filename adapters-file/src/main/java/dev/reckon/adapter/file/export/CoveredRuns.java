package dev.reckon.adapter.file.export;

import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Disjoint windows in time order, kept as numbers: a window added joins every window it overlaps
 * or touches. A file whose rows come in no time order covers a series in many short runs until its
 * days fill in; as {@link Window} objects (a window and two instants, about 70 bytes each) the
 * runs of 50,000 series filled a 320 MB heap, as numbers they take 32 bytes each and only as many
 * as are disjoint at the time.
 */
final class CoveredRuns {

    /** Per run, its start's second and nanosecond, then its end's. */
    private static final int SLOTS = 4;

    private long[] runs = new long[2 * SLOTS];
    private int count;

    /** Joins the window from {@code startSecond}.{@code startNano} to {@code endSecond}.{@code endNano}. */
    void add(long startSecond, long startNano, long endSecond, long endNano) {
        int first = firstEndingAtOrAfter(startSecond, startNano);
        int last = first;
        while (last < count && compare(runs[last * SLOTS], runs[last * SLOTS + 1], endSecond, endNano) <= 0) {
            last++;
        }
        // Runs first..last-1 overlap or touch the new window: they become one run.
        if (last > first) {
            if (compare(runs[first * SLOTS], runs[first * SLOTS + 1], startSecond, startNano) < 0) {
                startSecond = runs[first * SLOTS];
                startNano = runs[first * SLOTS + 1];
            }
            int end = (last - 1) * SLOTS + 2;
            if (compare(runs[end], runs[end + 1], endSecond, endNano) > 0) {
                endSecond = runs[end];
                endNano = runs[end + 1];
            }
        }
        replace(first, last, startSecond, startNano, endSecond, endNano);
    }

    /** The runs in time order. */
    List<Window> windows() {
        List<Window> windows = new ArrayList<>(count);
        for (int run = 0; run < count; run++) {
            int at = run * SLOTS;
            windows.add(new Window(Instant.ofEpochSecond(runs[at], runs[at + 1]), Instant.ofEpochSecond(runs[at + 2], runs[at + 3])));
        }
        return windows;
    }

    /** The first run whose end is not before the given instant (the runs' ends are in order too). */
    private int firstEndingAtOrAfter(long second, long nano) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(runs[middle * SLOTS + 2], runs[middle * SLOTS + 3], second, nano) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Puts one run in place of runs {@code first} to {@code last - 1} (none: inserts it at {@code first}). */
    private void replace(int first, int last, long startSecond, long startNano, long endSecond, long endNano) {
        int newCount = count - (last - first) + 1;
        if (newCount * SLOTS > runs.length) {
            runs = Arrays.copyOf(runs, runs.length * 2);
        }
        System.arraycopy(runs, last * SLOTS, runs, (first + 1) * SLOTS, (count - last) * SLOTS);
        int at = first * SLOTS;
        runs[at] = startSecond;
        runs[at + 1] = startNano;
        runs[at + 2] = endSecond;
        runs[at + 3] = endNano;
        count = newCount;
    }

    private static int compare(long second, long nano, long otherSecond, long otherNano) {
        int bySecond = Long.compare(second, otherSecond);
        return bySecond != 0 ? bySecond : Long.compare(nano, otherNano);
    }
}
