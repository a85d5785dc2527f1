package dev.reckon.domain.metric;

import java.util.List;
import java.util.Objects;

/**
 * One metric of the catalogue.
 *
 * @param id         lower-case identifier used in checks, e.g. {@code video_views}
 * @param unit       what it counts
 * @param kind       how it aggregates
 * @param basis      when its events are placed in time
 * @param definition one line a non-programmer understands
 * @param words      what prose calls it, lower case ("unique people" for {@code reach}); a text's figure
 *                   followed by one of them is bound to this metric by {@code reckon scan --dossier}
 */
public record Metric(MetricId id, MetricUnit unit, AggregationKind kind, Basis basis, String definition,
                     List<String> words) {

    public Metric {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(basis, "basis is null");
        Objects.requireNonNull(definition, "definition is null");
        words = List.copyOf(words);
    }

    /** A metric prose has no words for. */
    public Metric(MetricId id, MetricUnit unit, AggregationKind kind, Basis basis, String definition) {
        this(id, unit, kind, basis, definition, List.of());
    }
}
