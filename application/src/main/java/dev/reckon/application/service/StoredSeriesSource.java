package dev.reckon.application.service;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.series.SeriesAggregator;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesSource;
import dev.reckon.domain.series.SeriesValue;
import jakarta.inject.Inject;
import java.util.Objects;

/** Values of series read from an {@link ObservationStore}: one lookup by series key, then the domain's aggregation. */
public final class StoredSeriesSource implements SeriesSource {

    private final ObservationStore store;
    private final MetricCatalogue catalogue;

    @Inject
    public StoredSeriesSource(ObservationStore store, MetricCatalogue catalogue) {
        this.store = Objects.requireNonNull(store, "store is null");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    public SeriesValue valueOf(SeriesQuery query) {
        Objects.requireNonNull(query, "query is null");
        SeriesData data = store.find(query.key());
        return SeriesAggregator.aggregate(query, catalogue, data.observations(), data.coverage());
    }
}
