package dev.reckon.application.service;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.series.SeriesAggregator;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesSource;
import dev.reckon.domain.series.SeriesValue;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of series read from an {@link ObservationStore}: one lookup by series key, the sources put
 * in their {@link SourceOrder} (the store lists them as it imported them), then the domain's aggregation;
 * a series of a per-post metric is summed from the posts themselves ({@link PostSeries}).
 */
public final class StoredSeriesSource implements SeriesSource {

    private final ObservationStore store;
    private final MetricCatalogue catalogue;
    private final SourceOrder order;
    private final PostSeries posts;

    /** Sources ranked by name: for a store no dossier describes. */
    @Inject
    public StoredSeriesSource(ObservationStore store, MetricCatalogue catalogue) {
        this(store, catalogue, SourceOrder.byName());
    }

    public StoredSeriesSource(ObservationStore store, MetricCatalogue catalogue, SourceOrder order) {
        this.store = Objects.requireNonNull(store, "store is null");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue is null");
        this.order = Objects.requireNonNull(order, "order is null");
        this.posts = new PostSeries(store, order);
    }

    @Override
    public SeriesValue valueOf(SeriesQuery query) {
        Objects.requireNonNull(query, "query is null");
        return valueOf(query, store.find(query.key()));
    }

    /** As {@link #valueOf}, a missing value told what would help, from the same one lookup. */
    SeriesValue explainedValueOf(SeriesQuery query, NoDataHints hints) {
        Objects.requireNonNull(query, "query is null");
        SeriesData data = store.find(query.key());
        return hints.explained(valueOf(query, data), data);
    }

    private SeriesValue valueOf(SeriesQuery query, SeriesData data) {
        Optional<Metric> perPost = catalogue.find(query.metric()).filter(metric -> PostSeries.readsPosts(query, metric));
        if (perPost.isPresent()) {
            return posts.valueOf(query, perPost.get(), data);
        }
        return SeriesAggregator.aggregate(query, catalogue, order.sorted(data.observations()), data.coverage());
    }
}
