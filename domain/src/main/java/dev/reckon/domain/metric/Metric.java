package dev.reckon.domain.metric;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One metric of the catalogue.
 *
 * @param id         lower-case identifier used in checks, e.g. {@code video_views}
 * @param unit       what it counts
 * @param kind       how it aggregates
 * @param basis      when its events are placed in time
 * @param definition one line a non-programmer understands
 */
public record Metric(String id, MetricUnit unit, AggregationKind kind, Basis basis, String definition) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Metric {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(basis, "basis is null");
        Objects.requireNonNull(definition, "definition is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("metric id '" + id
                    + "' must start with a lower-case letter and hold only lower-case letters, digits and '_'");
        }
    }
}
