package dev.reckon.domain.metric;

import java.util.Objects;

/**
 * The name of a metric as checks, files and the catalogue write it: {@code video_views}. Holding
 * one says the text has the form of a metric's name, not that the catalogue knows it.
 *
 * @param value a lower-case letter, then lower-case letters, digits and {@code _}
 */
public record MetricId(String value) implements Comparable<MetricId> {

    public MetricId {
        Objects.requireNonNull(value, "metric id is null");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("metric id '" + value
                    + "' must start with a lower-case letter and hold only lower-case letters, digits and '_'");
        }
    }

    /** Whether {@code text} has the form of a metric's name, for a reader that reports it otherwise. */
    public static boolean isWellFormed(String text) {
        if (text.isEmpty() || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Written out: ids are parts of the map keys on every check's path, and the record's generated
     * methods go through method handles that are not always inlined (docs/benchmarks.md#code-choices).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MetricId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** In the order of their names, as a post lists its values. */
    @Override
    public int compareTo(MetricId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
