package dev.reckon.application.service;

import dev.reckon.application.port.in.CheckDossierCommand;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.out.KeptClaims;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimResult;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Checks a dossier: reads it, imports its data into a store (see {@link DossierLoader}) and
 * evaluates every claim over it: the dossier file's, then those its store keeps (added through the
 * HTTP API), in the order of {@code GET /report}.
 */
public final class CheckDossierService implements CheckDossierUseCase {

    private final DossierLoader loader;
    private final KeptClaims kept;

    /** Checks only the claims written in each dossier's file. */
    public CheckDossierService(DossierLoader loader) {
        this(loader, KeptClaims.NONE);
    }

    @Inject
    public CheckDossierService(DossierLoader loader, KeptClaims kept) {
        this.loader = Objects.requireNonNull(loader, "loader is null");
        this.kept = Objects.requireNonNull(kept, "kept is null");
    }

    @Override
    public DossierCheck check(CheckDossierCommand command) throws DossierException {
        try (LoadedDossier loaded = loader.load(command.dossierDir())) {
            ClaimChecker checker = new ClaimChecker(loaded.context(), loaded.series());
            List<Claim> claims = DossierClaims.of(loaded.dossier(), kept.in(loaded.dossier().folder()));
            List<ClaimResult> results = claims.stream().map(checker::check).toList();
            return new DossierCheck(loaded.dossier().title(), results, loaded.imports(), loaded.counts());
        }
    }
}
