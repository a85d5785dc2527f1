package dev.reckon.application.service;

import dev.reckon.application.port.in.CompareSeriesQuery;
import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.in.CompareSeriesUseCase;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.series.SeriesSource;
import jakarta.inject.Inject;
import java.util.Objects;

/** Compares series held in the observation store. */
public final class CompareSeriesService implements CompareSeriesUseCase {

    private final SeriesSource series;

    /** Over a store no dossier describes: of two sources giving one observation, the later by name wins. */
    public CompareSeriesService(ObservationStore store, MetricCatalogue catalogue) {
        this.series = new StoredSeriesSource(store, catalogue);
    }

    /** Over a dossier's store: its sources ranked as the dossier lists them, as its claims are checked. */
    @Inject
    public CompareSeriesService(ObservationStore store, Dossier dossier) {
        this.series = new StoredSeriesSource(store, dossier.catalogue(), SourceOrder.of(dossier));
    }

    @Override
    public CompareSeriesResult compare(CompareSeriesQuery query) {
        Objects.requireNonNull(query, "query is null");
        return CompareSeriesResult.of(query.series().stream().map(series::valueOf).toList());
    }
}
