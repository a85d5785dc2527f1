package dev.reckon.application.service;

import dev.reckon.application.port.in.CheckDossierCommand;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a dossier: opens it (see {@link DossierSessions}) and evaluates every claim over its data:
 * the dossier file's, then those its store keeps (added through the HTTP API), in the order of
 * {@code GET /report}.
 */
public final class CheckDossierService implements CheckDossierUseCase {

    private final DossierSessions sessions;

    @Inject
    public CheckDossierService(DossierSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions is null");
    }

    @Override
    public DossierCheck check(CheckDossierCommand command) throws DossierException {
        try (DossierSession session = sessions.open(command.dossierDir(), command.reach())) {
            // Checked as the server checks its report, over the same claims in the same order.
            List<Claim> claims = DossierClaims.of(session.dossier(), session.claims().list());
            List<ClaimResult> results = new StoreClaimChecking(session.dossier(), session.store()).check(claims);
            return new DossierCheck(session.dossier().title(), results, session.imports(), session.counts(),
                    session.dossier().reviewer(), importTimes(session));
        }
    }

    /** The store's record of each data file tells when the data it holds was imported, in this run or an earlier one. */
    private static Map<String, Instant> importTimes(DossierSession session) {
        Map<String, Instant> times = new HashMap<>();
        for (ImportReport file : session.imports()) {
            session.store().source(file.source()).ifPresent(record -> times.put(file.source(), record.importedAt()));
        }
        return times;
    }
}
