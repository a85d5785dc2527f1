package dev.reckon.application.service;

import dev.reckon.application.port.in.CompareInDossierCommand;
import dev.reckon.application.port.in.CompareInDossierUseCase;
import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.in.DossierComparison;
import dev.reckon.application.port.in.SeriesTextsException;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.domain.claim.ClaimError;
import dev.reckon.domain.claim.Position;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Compares series named as in a check over a dossier's data: opens the dossier, then compares as
 * the server does ({@link CompareNamedSeriesService}). A series that cannot be read or names
 * something the dossier lacks stops the comparison, with every such problem named.
 */
public final class CompareInDossierService implements CompareInDossierUseCase {

    private final DossierSessions sessions;

    @Inject
    public CompareInDossierService(DossierSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions is null");
    }

    @Override
    public DossierComparison compare(CompareInDossierCommand command) throws DossierException {
        // Said before the dossier is opened, so a mistyped command imports nothing.
        if (command.series().size() < 2) {
            throw DossierException.of(new DossierProblem("series", 0, 0, "a comparison needs at least two series, but "
                    + command.series().size() + (command.series().size() == 1 ? " was" : " were") + " given"));
        }
        try (DossierSession session = sessions.open(command.dossierDir(), command.reach())) {
            CompareNamedSeriesService named = new CompareNamedSeriesService(session.dossier(), session.store(),
                    new CompareSeriesService(session.store(), session.dossier()));
            CompareSeriesResult result;
            try {
                result = named.compare(command.series());
            } catch (SeriesTextsException e) {
                throw new DossierException(e.problems().stream().map(CompareInDossierService::problem).toList());
            }
            return new DossierComparison(session.dossier().title(), result, session.imports(), session.counts());
        }
    }

    /** The problem as the command line names it: by the series' 1-based place among those given. */
    private static DossierProblem problem(SeriesTextsException.Problem problem) {
        ClaimError error = problem.error();
        return new DossierProblem("series " + (problem.index() + 1), error.position().map(Position::line).orElse(0),
                error.position().map(Position::column).orElse(0), error.message());
    }
}
