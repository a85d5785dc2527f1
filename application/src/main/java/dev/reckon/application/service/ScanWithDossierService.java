package dev.reckon.application.service;

import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.port.in.ScanWithDossierUseCase;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Objects;

/** Opens the dossier the one way every command does ({@link DossierSessions}), scans the text and suggests checks. */
public final class ScanWithDossierService implements ScanWithDossierUseCase {

    private final ScanTextUseCase scans;
    private final DossierSessions sessions;

    @Inject
    public ScanWithDossierService(ScanTextUseCase scans, DossierSessions sessions) {
        this.scans = Objects.requireNonNull(scans, "scans is null");
        this.sessions = Objects.requireNonNull(sessions, "sessions is null");
    }

    @Override
    public TextScan scan(ScanTextCommand command, Path dossierDir, DataReach reach) throws DossierException {
        Objects.requireNonNull(command, "command is null");
        try (DossierSession session = sessions.open(dossierDir, reach)) {
            return DossierSuggestions.suggest(scans.scan(command), session.dossier(), session.store());
        }
    }
}
