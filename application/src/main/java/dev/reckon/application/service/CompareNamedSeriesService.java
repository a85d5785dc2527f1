package dev.reckon.application.service;

import dev.reckon.application.port.in.CompareNamedSeriesUseCase;
import dev.reckon.application.port.in.CompareSeriesQuery;
import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.in.CompareSeriesUseCase;
import dev.reckon.application.port.in.SeriesTextsException;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.claim.ClaimError;
import dev.reckon.domain.claim.SeriesSelection;
import dev.reckon.domain.series.SeriesQuery;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Resolves series texts against the served dossier, every one before failing, then compares them. */
public final class CompareNamedSeriesService implements CompareNamedSeriesUseCase {

    private final StoreClaimChecking checking;
    private final CompareSeriesUseCase comparisons;

    @Inject
    public CompareNamedSeriesService(Dossier dossier, ObservationStore store, CompareSeriesUseCase comparisons) {
        this.checking = new StoreClaimChecking(dossier, store);
        this.comparisons = Objects.requireNonNull(comparisons, "comparisons is null");
    }

    @Override
    public CompareSeriesResult compare(List<String> series) throws SeriesTextsException {
        Objects.requireNonNull(series, "series is null");
        if (series.size() < 2) {
            throw new SeriesTextsException(List.of(new SeriesTextsException.Problem(series.size(),
                    ClaimError.unlocated("a comparison needs at least two series, but " + series.size()
                            + (series.size() == 1 ? " was" : " were") + " given"))));
        }
        ClaimContext context = checking.context();
        List<SeriesQuery> queries = new ArrayList<>();
        List<SeriesTextsException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            try {
                queries.add(SeriesSelection.resolve(series.get(i), context));
            } catch (SeriesSelection.InvalidSeriesException e) {
                problems.add(new SeriesTextsException.Problem(i, e.error()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SeriesTextsException(problems);
        }
        return comparisons.compare(new CompareSeriesQuery(queries));
    }
}
