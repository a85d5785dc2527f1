package dev.reckon.domain.series;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A fixed set of observations and coverage that answers series queries. Immutable; built once
 * with a {@link Builder}. Observations are indexed by series key, so a query reads only its own
 * series instead of scanning everything.
 */
public final class ObservationSet implements SeriesSource {

    private final MetricCatalogue catalogue;
    private final Map<SeriesKey, List<Observation>> observations;
    private final Map<SeriesKey, List<Coverage>> coverage;
    private final int size;

    private ObservationSet(MetricCatalogue catalogue, Map<SeriesKey, List<Observation>> observations,
                           Map<SeriesKey, List<Coverage>> coverage) {
        this.catalogue = catalogue;
        this.observations = copy(observations);
        this.coverage = copy(coverage);
        this.size = observations.values().stream().mapToInt(List::size).sum();
    }

    public static Builder builder(MetricCatalogue catalogue) {
        return new Builder(catalogue);
    }

    public static ObservationSet of(Collection<Observation> observations, Collection<Coverage> coverage,
                                    MetricCatalogue catalogue) {
        Builder builder = builder(catalogue);
        observations.forEach(builder::accept);
        coverage.forEach(builder::cover);
        return builder.build();
    }

    /**
     * The value of the series; an unknown metric is {@link SeriesStatus#NOT_AGGREGABLE} with the
     * reason, a series without data {@link SeriesStatus#MISSING}.
     */
    @Override
    public SeriesValue valueOf(SeriesQuery query) {
        Objects.requireNonNull(query, "query is null");
        SeriesKey key = query.key();
        return SeriesAggregator.aggregate(query, catalogue, observations.getOrDefault(key, List.of()),
                coverage.getOrDefault(key, List.of()));
    }

    /** The segment keys the data holds ({@code town}, {@code country}), for checking claims. */
    public Set<String> segmentKeys() {
        Set<String> keys = new HashSet<>();
        for (SeriesKey key : keys()) {
            if (!key.segment().isTotal()) {
                keys.add(key.segment().key());
            }
        }
        return Set.copyOf(keys);
    }

    /** Every series key with an observation or coverage. */
    public Set<SeriesKey> keys() {
        Set<SeriesKey> keys = new HashSet<>(observations.keySet());
        keys.addAll(coverage.keySet());
        return Set.copyOf(keys);
    }

    /** The number of observations held (as given: duplicates are resolved when a series is read). */
    public int size() {
        return size;
    }

    public MetricCatalogue catalogue() {
        return catalogue;
    }

    private static <T> Map<SeriesKey, List<T>> copy(Map<SeriesKey, List<T>> byKey) {
        Map<SeriesKey, List<T>> copy = new HashMap<>();
        byKey.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        return Map.copyOf(copy);
    }

    /** Collects observations and coverage; not thread-safe, and used once. */
    public static final class Builder {

        private final MetricCatalogue catalogue;
        private final Map<SeriesKey, List<Observation>> observations = new HashMap<>();
        private final Map<SeriesKey, List<Coverage>> coverage = new HashMap<>();

        private Builder(MetricCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue is null");
        }

        public Builder accept(Observation observation) {
            Objects.requireNonNull(observation, "observation is null");
            observations.computeIfAbsent(observation.seriesKey(), k -> new ArrayList<>()).add(observation);
            return this;
        }

        public Builder cover(Coverage window) {
            Objects.requireNonNull(window, "coverage is null");
            coverage.computeIfAbsent(window.series(), k -> new ArrayList<>()).add(window);
            return this;
        }

        public ObservationSet build() {
            return new ObservationSet(catalogue, observations, coverage);
        }
    }

    @Override
    public String toString() {
        return "ObservationSet[" + size + " observations in " + keys().size() + " series]";
    }
}
