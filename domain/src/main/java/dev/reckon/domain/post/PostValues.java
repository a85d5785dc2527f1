package dev.reckon.domain.post;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A post's lifetime values by metric id, in metric order: an immutable map held as a metric
 * layout, which the posts of one file share, and an array of whole numbers, which is what exports
 * give. An export of a million posts keeps a million of these, so a value is made an
 * {@link Interval} only when it is asked for; a value that is not a whole number (or a range) is
 * kept as it is.
 */
public final class PostValues extends AbstractMap<MetricId, Interval> {

    public static final PostValues NONE = new PostValues(Layout.of(), new long[0], null);

    private final Layout layout;
    /** The value of each of the layout's metrics, where {@link #others} has none. */
    private final long[] whole;
    /** Values that are not whole numbers, at their metric's place; null when every value is whole. */
    private final Interval[] others;

    private PostValues(Layout layout, long[] whole, Interval[] others) {
        this.layout = layout;
        this.whole = whole;
        this.others = others;
    }

    /**
     * The whole-number values {@code values} of {@code layout}'s metrics, in its order; the array
     * is kept, not copied, so the caller hands over one it no longer changes.
     */
    public static PostValues ofWhole(Layout layout, long[] values) {
        Objects.requireNonNull(layout, "layout is null");
        Objects.requireNonNull(values, "values is null");
        if (values.length != layout.size()) {
            throw new IllegalArgumentException(values.length + " values for the " + layout.size() + " metrics "
                    + layout);
        }
        return new PostValues(layout, values, null);
    }

    /** {@code values} itself when it is a {@code PostValues}, else its entries kept the compact way. */
    public static PostValues copyOf(Map<MetricId, Interval> values) {
        if (values instanceof PostValues same) {
            return same;
        }
        Layout layout = Layout.of(values.keySet().toArray(MetricId[]::new));
        long[] whole = new long[layout.size()];
        Interval[] others = null;
        for (int i = 0; i < whole.length; i++) {
            Interval value = Objects.requireNonNull(values.get(layout.metric(i)), "the value of a metric is null");
            Optional<Long> asLong = wholeValue(value);
            if (asLong.isPresent()) {
                whole[i] = asLong.get();
            } else {
                if (others == null) {
                    others = new Interval[whole.length];
                }
                others[i] = value;
            }
        }
        return new PostValues(layout, whole, others);
    }

    /** The value as a {@code long} when it is exactly a whole number written without a fraction. */
    private static Optional<Long> wholeValue(Interval value) {
        if (!value.isExact()) {
            return Optional.empty();
        }
        BigDecimal exact = value.lo().orElseThrow();
        return exact.scale() == 0 && exact.unscaledValue().bitLength() < Long.SIZE ? Optional.of(exact.longValueExact())
                : Optional.empty();
    }

    public Layout layout() {
        return layout;
    }

    /** Its value of {@code metric}, where it has one. */
    public Optional<Interval> value(MetricId metric) {
        int at = layout.indexOf(metric);
        return at < 0 ? Optional.empty() : Optional.of(valueAt(at));
    }

    /** The whole-number value of {@code metric}, without making an interval; empty where it has none or another kind. */
    public Optional<Long> wholeValue(MetricId metric) {
        int at = layout.indexOf(metric);
        return at < 0 || (others != null && others[at] != null) ? Optional.empty() : Optional.of(whole[at]);
    }

    /** The value of the layout's {@code index}th metric. */
    public Interval valueAt(int index) {
        return others != null && others[index] != null ? others[index] : Interval.exactly(whole[index]);
    }

    /** Whether the value of the layout's {@code index}th metric is a whole number, which {@link #wholeAt} gives without an interval. */
    public boolean isWholeAt(int index) {
        return others == null || others[index] == null;
    }

    /** The whole-number value of the layout's {@code index}th metric, where {@link #isWholeAt} says it is one. */
    public long wholeAt(int index) {
        if (!isWholeAt(index)) {
            throw new IllegalStateException("the value of " + layout.metric(index) + " is not a whole number");
        }
        return whole[index];
    }

    @Override
    public Interval get(Object metric) {
        int at = metric instanceof MetricId id ? layout.indexOf(id) : -1;
        return at < 0 ? null : valueAt(at);
    }

    @Override
    public boolean containsKey(Object metric) {
        return metric instanceof MetricId id && layout.indexOf(id) >= 0;
    }

    @Override
    public int size() {
        return layout.size();
    }

    @Override
    public Set<Entry<MetricId, Interval>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<MetricId, Interval>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < layout.size();
                    }

                    @Override
                    public Entry<MetricId, Interval> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(layout.metric(at), valueAt(at));
                    }
                };
            }

            @Override
            public int size() {
                return layout.size();
            }
        };
    }

    /**
     * Which metrics a post has values of, sorted by id. The posts of one export mostly have the same
     * metrics, so a reader makes a layout once and every post of that shape shares it.
     */
    public static final class Layout {

        private final MetricId[] metrics;

        private Layout(MetricId[] sortedMetrics) {
            this.metrics = sortedMetrics;
        }

        /** The layout of {@code metrics}, in any order; each at most once. */
        public static Layout of(MetricId... metrics) {
            MetricId[] sorted = metrics.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                Objects.requireNonNull(sorted[i], "a metric is null");
                if (i > 0 && sorted[i].equals(sorted[i - 1])) {
                    throw new IllegalArgumentException("the metric " + sorted[i] + " is given twice");
                }
            }
            return new Layout(sorted);
        }

        public int size() {
            return metrics.length;
        }

        /** The metric at {@code index}, in id order. */
        public MetricId metric(int index) {
            return metrics[index];
        }

        /** Where {@code metric} is, or -1. */
        public int indexOf(MetricId metric) {
            // A handful of metrics: a scan beats a binary search and needs no ordering of the argument.
            for (int i = 0; i < metrics.length; i++) {
                if (metrics[i].equals(metric)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layout other && Arrays.equals(metrics, other.metrics);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(metrics);
        }

        @Override
        public String toString() {
            return Arrays.toString(metrics);
        }
    }
}
