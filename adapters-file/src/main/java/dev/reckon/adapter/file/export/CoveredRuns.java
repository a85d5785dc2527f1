package dev.reckon.adapter.file.export;

import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Disjoint windows in time order, kept as numbers: a window added joins every window it overlaps
 * or touches. A file whose rows come in no time order covers a series in many short runs until its
 * days fill in, and 50,000 series of such a file are kept at once; so a run takes 8 bytes (its
 * start and end as whole seconds after the first window's start) while every window starts and
 * ends on a whole second within 68 years of it, as days and hours do, and 32 bytes (seconds and
 * nanoseconds of both ends) once one does not.
 */
final class CoveredRuns {

    /** Per run in the narrow form: its start's and its end's seconds after {@link #base}. */
    private static final int NARROW_SLOTS = 2;
    /** Per run in the wide form: its start's second and nanosecond, then its end's. */
    private static final int WIDE_SLOTS = 4;

    private long base;
    /** The runs while every window fits the narrow form; null once one did not. */
    private int[] narrow = new int[2 * NARROW_SLOTS];
    /** The runs once a window did not fit the narrow form; null until then. */
    private long[] wide;
    private int count;

    /** Joins the window from {@code startSecond}.{@code startNano} to {@code endSecond}.{@code endNano}. */
    void add(long startSecond, long startNano, long endSecond, long endNano) {
        if (narrow != null && !fitsNarrow(startSecond, startNano, endSecond, endNano)) {
            widen();
        }
        int first = firstEndingAtOrAfter(startSecond, startNano);
        int last = first;
        while (last < count && compare(startSecond(last), startNano(last), endSecond, endNano) <= 0) {
            last++;
        }
        // Runs first..last-1 overlap or touch the new window: they become one run.
        if (last > first) {
            if (compare(startSecond(first), startNano(first), startSecond, startNano) < 0) {
                startSecond = startSecond(first);
                startNano = startNano(first);
            }
            if (compare(endSecond(last - 1), endNano(last - 1), endSecond, endNano) > 0) {
                endSecond = endSecond(last - 1);
                endNano = endNano(last - 1);
            }
        }
        replace(first, last, startSecond, startNano, endSecond, endNano);
    }

    /** The runs in time order. */
    List<Window> windows() {
        List<Window> windows = new ArrayList<>(count);
        for (int run = 0; run < count; run++) {
            windows.add(new Window(Instant.ofEpochSecond(startSecond(run), startNano(run)),
                    Instant.ofEpochSecond(endSecond(run), endNano(run))));
        }
        return windows;
    }

    private boolean fitsNarrow(long startSecond, long startNano, long endSecond, long endNano) {
        if (startNano != 0 || endNano != 0) {
            return false;
        }
        if (count == 0) {
            base = startSecond;
        }
        return fitsInt(startSecond - base) && fitsInt(endSecond - base);
    }

    private static boolean fitsInt(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    private void widen() {
        long[] widened = new long[Math.max(2, count * 2) * WIDE_SLOTS];
        for (int run = 0; run < count; run++) {
            widened[run * WIDE_SLOTS] = startSecond(run);
            widened[run * WIDE_SLOTS + 2] = endSecond(run);
        }
        wide = widened;
        narrow = null;
    }

    private long startSecond(int run) {
        return narrow != null ? base + narrow[run * NARROW_SLOTS] : wide[run * WIDE_SLOTS];
    }

    private long startNano(int run) {
        return narrow != null ? 0 : wide[run * WIDE_SLOTS + 1];
    }

    private long endSecond(int run) {
        return narrow != null ? base + narrow[run * NARROW_SLOTS + 1] : wide[run * WIDE_SLOTS + 2];
    }

    private long endNano(int run) {
        return narrow != null ? 0 : wide[run * WIDE_SLOTS + 3];
    }

    /** The first run whose end is not before the given instant (the runs' ends are in order too). */
    private int firstEndingAtOrAfter(long second, long nano) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(endSecond(middle), endNano(middle), second, nano) < 0) {
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
        if (narrow != null) {
            if (newCount * NARROW_SLOTS > narrow.length) {
                narrow = Arrays.copyOf(narrow, narrow.length * 2);
            }
            System.arraycopy(narrow, last * NARROW_SLOTS, narrow, (first + 1) * NARROW_SLOTS, (count - last) * NARROW_SLOTS);
            narrow[first * NARROW_SLOTS] = (int) (startSecond - base);
            narrow[first * NARROW_SLOTS + 1] = (int) (endSecond - base);
        } else {
            if (newCount * WIDE_SLOTS > wide.length) {
                wide = Arrays.copyOf(wide, wide.length * 2);
            }
            System.arraycopy(wide, last * WIDE_SLOTS, wide, (first + 1) * WIDE_SLOTS, (count - last) * WIDE_SLOTS);
            int at = first * WIDE_SLOTS;
            wide[at] = startSecond;
            wide[at + 1] = startNano;
            wide[at + 2] = endSecond;
            wide[at + 3] = endNano;
        }
        count = newCount;
    }

    private static int compare(long second, long nano, long otherSecond, long otherNano) {
        int bySecond = Long.compare(second, otherSecond);
        return bySecond != 0 ? bySecond : Long.compare(nano, otherNano);
    }
}
