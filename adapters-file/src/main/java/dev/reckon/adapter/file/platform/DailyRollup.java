package dev.reckon.adapter.file.platform;

import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rolls per-post values up into one value per (metric, day, segment) while a file is read, so a
 * post-level export gives daily observations and memory grows with days, not with posts.
 *
 * <p>Additive metrics are summed. Distinct metrics (a post's reach) cannot be summed: the people
 * reached by two posts on one day are at least the larger and at most the sum of the two, so a
 * day with several posts gets the interval {@code [max, sum]}.
 */
public final class DailyRollup {

    private final Map<Key, Tally> tallies = new TreeMap<>();
    private long rowsRolled;

    private record Key(String metric, LocalDate day, Segment segment) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byDay = day.compareTo(other.day);
            if (byDay != 0) {
                return byDay;
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
    public void add(String metric, AggregationKind kind, LocalDate day, Segment segment, BigDecimal value, long line) {
        Objects.requireNonNull(value, "value is null");
        Tally tally = tallies.computeIfAbsent(new Key(metric, day, segment), k -> new Tally(kind, line));
        if (tally.kind != kind) {
            throw new IllegalArgumentException("metric '" + metric + "' added as " + kind + " and as " + tally.kind);
        }
        tally.add(value);
    }

    /** Forgets a day's value, when one of the rows it adds up could not be read. */
    public void discard(String metric, LocalDate day, Segment segment) {
        tallies.remove(new Key(metric, day, segment));
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
     * Gives every day's value to the emitter, in day order. Each observation's provenance line is
     * the first line that contributed to it.
     */
    public void emit(Emitter emitter) {
        tallies.forEach((key, tally) ->
                emitter.observeDay(key.metric(), key.day(), key.segment(), tally.value(), tally.firstLine));
    }
}
