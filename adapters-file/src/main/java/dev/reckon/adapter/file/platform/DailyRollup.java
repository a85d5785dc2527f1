package dev.reckon.adapter.file.platform;

import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rolls per-post values up into one value per (metric, window, segment) while a file is read, so a
 * post-level export gives daily observations and memory grows with days, not with posts. The
 * window is usually a day; a day a file covers only in part is rolled up over that part alone,
 * so that another file's part of the same day adds to it rather than revising it.
 *
 * <p>Additive metrics are summed. Distinct metrics (a post's reach) cannot be summed: the people
 * reached by two posts on one day are at least the larger and at most the sum of the two, so a
 * day with several posts gets the interval {@code [max, sum]}.
 */
public final class DailyRollup {

    private final Map<Key, Tally> tallies = new TreeMap<>();
    private long rowsRolled;

    private record Key(String metric, Window window, Segment segment) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byWindow = window.compareTo(other.window);
            if (byWindow != 0) {
                return byWindow;
            }
            int byMetric = metric.compareTo(other.metric);
            return byMetric != 0 ? byMetric : segment.compareTo(other.segment);
        }
    }

    private static final class Tally {
        private final AggregationKind kind;
        private final long firstLine;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal max;
        private long rows;

        private Tally(AggregationKind kind, long firstLine) {
            this.kind = kind;
            this.firstLine = firstLine;
        }

        private void add(BigDecimal value) {
            sum = sum.add(value);
            max = max == null || value.compareTo(max) > 0 ? value : max;
            rows++;
        }

        private Interval value() {
            if (kind == AggregationKind.DISTINCT && rows > 1) {
                return Interval.of(max, sum);
            }
            return Interval.exactly(sum);
        }
    }

    /** Adds one post's value; {@code kind} must be the metric's own, the same for every call with that metric. */
    public void add(String metric, AggregationKind kind, Window window, Segment segment, BigDecimal value, long line) {
        Objects.requireNonNull(value, "value is null");
        Tally tally = tallies.computeIfAbsent(new Key(metric, window, segment), k -> new Tally(kind, line));
        if (tally.kind != kind) {
            throw new IllegalArgumentException("metric '" + metric + "' added as " + kind + " and as " + tally.kind);
        }
        tally.add(value);
    }

    /** Forgets a window's value, when one of the rows it adds up could not be read. */
    public void discard(String metric, Window window, Segment segment) {
        tallies.remove(new Key(metric, window, segment));
    }

    /** Counts a row rolled up, for the report's note. */
    public void rowRolled() {
        rowsRolled++;
    }

    public long rowsRolled() {
        return rowsRolled;
    }

    public int size() {
        return tallies.size();
    }

    /**
     * Gives every window's value to the emitter, in time order. Each observation's provenance line
     * is the first line that contributed to it.
     */
    public void emit(Emitter emitter) {
        tallies.forEach((key, tally) ->
                emitter.observe(key.metric(), key.window(), key.segment(), tally.value(), tally.firstLine));
    }
}
