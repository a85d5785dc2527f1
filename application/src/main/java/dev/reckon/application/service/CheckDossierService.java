package dev.reckon.application.service;

import dev.reckon.application.port.in.CheckDossierCommand;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.DossierException;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimResult;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Checks a dossier: reads it, imports its data into a store (see {@link DossierLoader}) and
 * evaluates every claim over it.
 */
public final class CheckDossierService implements CheckDossierUseCase {

    private final DossierLoader loader;

    @Inject
    public CheckDossierService(DossierLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader is null");
    }

    @Override
    public DossierCheck check(CheckDossierCommand command) throws DossierException {
        try (LoadedDossier loaded = loader.load(command.dossierDir())) {
            ClaimChecker checker = new ClaimChecker(loaded.context(), loaded.series());
            List<ClaimResult> results = loaded.dossier().claims().stream().map(checker::check).toList();
            return new DossierCheck(loaded.dossier().title(), results, loaded.imports(), loaded.counts());
        }
    }
}
