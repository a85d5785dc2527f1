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
import java.util.stream.Stream;

/**
 * A check whose names all resolved and whose units agree.
 *
 * @param queries every series the check reads, in the order written
 * @param metrics the metric of each series
 * @param sets     the members of each set, whose series stands in {@code queries} for its first member
 * @param labelled the member each label compared with an {@code argmax} names
 * @param notes   what a reader should know, such as definitions that differ
 */
record TypedCheck(Check check, Map<SeriesRef, SeriesQuery> queries, Map<SeriesRef, Metric> metrics,
                  Map<SetCall, SetMembers> sets, Map<Label, SetMembers.Member> labelled, List<String> notes) {

    TypedCheck {
        Objects.requireNonNull(check, "check is null");
        queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        labelled = Collections.unmodifiableMap(new LinkedHashMap<>(labelled));
        notes = List.copyOf(notes);
    }

    /** The metric of a query the check reads. */
    Metric metricOf(SeriesQuery query) {
        return queries.entrySet().stream().filter(e -> e.getValue().equals(query)).map(e -> metrics.get(e.getKey()))
                .findFirst().or(() -> sets.values().stream()
                        .filter(s -> s.memberQueries().contains(query)).map(SetMembers::metric).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("the check does not read " + query));
    }

    /** The series no observation or coverage touches, in the order first written. */
    List<SeriesValue> missingIn(Map<SeriesQuery, SeriesValue> values) {
        return distinctQueries().stream().map(values::get).filter(v -> v.status() == SeriesStatus.MISSING).toList();
    }

    /** The distinct queries, in the order first written. */
    List<SeriesQuery> distinctQueries() {
        return Stream.concat(queries.values().stream(),
                sets.values().stream().flatMap(s -> s.memberQueries().stream())).distinct().toList();
    }
}
