package dev.reckon.application.service;

import dev.reckon.application.port.in.CompareInDossierCommand;
import dev.reckon.application.port.in.CompareInDossierUseCase;
import dev.reckon.application.port.in.DossierComparison;
import dev.reckon.application.port.in.DossierException;
import dev.reckon.application.port.in.DossierProblem;
import dev.reckon.domain.claim.ClaimError;
import dev.reckon.domain.claim.Position;
import dev.reckon.domain.claim.SeriesSelection;
import dev.reckon.domain.claim.SeriesSelection.InvalidSeriesException;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesValue;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares series named as in a check over a dossier's data. A series that cannot be read or
 * names something the dossier lacks stops the comparison, with every such problem named.
 */
public final class CompareInDossierService implements CompareInDossierUseCase {

    private final DossierLoader loader;

    @Inject
    public CompareInDossierService(DossierLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader is null");
    }

    @Override
    public DossierComparison compare(CompareInDossierCommand command) throws DossierException {
        if (command.series().size() < 2) {
            throw DossierException.of(new DossierProblem("series", 0, 0, "a comparison needs at least two series, but "
                    + command.series().size() + (command.series().size() == 1 ? " was" : " were") + " given"));
        }
        try (LoadedDossier loaded = loader.load(command.dossierDir())) {
            List<SeriesQuery> queries = new ArrayList<>();
            List<DossierProblem> problems = new ArrayList<>();
            for (int i = 0; i < command.series().size(); i++) {
                try {
                    queries.add(SeriesSelection.resolve(command.series().get(i), loaded.context()));
                } catch (InvalidSeriesException e) {
                    ClaimError error = e.error();
                    problems.add(new DossierProblem("series " + (i + 1),
                            error.position().map(Position::line).orElse(0), error.position().map(Position::column).orElse(0),
                            error.message()));
                }
            }
            if (!problems.isEmpty()) {
                throw new DossierException(problems);
            }
            List<SeriesValue> values = queries.stream().map(loaded.series()::valueOf).toList();
            return new DossierComparison(loaded.dossier().title(), values, loaded.imports(), loaded.counts());
        }
    }
}
