package dev.reckon.domain.claim;

import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A check whose names all resolved and whose units agree.
 *
 * @param queries every series the check reads, in the order written
 * @param metrics the metric of each series
 * @param notes   what a reader should know, such as definitions that differ
 */
record TypedCheck(Check check, Map<SeriesRef, SeriesQuery> queries, Map<SeriesRef, Metric> metrics, List<String> notes) {

    TypedCheck {
        Objects.requireNonNull(check, "check is null");
        queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        notes = List.copyOf(notes);
    }

    /** The metric of a query the check reads. */
    Metric metricOf(SeriesQuery query) {
        return queries.entrySet().stream().filter(e -> e.getValue().equals(query)).map(e -> metrics.get(e.getKey()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the check does not read " + query));
    }

    /** The series no observation or coverage touches, in the order first written. */
    List<SeriesValue> missingIn(Map<SeriesQuery, SeriesValue> values) {
        return distinctQueries().stream().map(values::get).filter(v -> v.status() == SeriesStatus.MISSING).toList();
    }

    /** The distinct queries, in the order first written. */
    List<SeriesQuery> distinctQueries() {
        return queries.values().stream().distinct().toList();
    }
}
