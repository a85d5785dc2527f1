package dev.reckon.application.service;

import dev.reckon.application.port.in.DataListing;
import dev.reckon.application.port.in.DossierDataUseCase;
import dev.reckon.application.port.in.PostListing;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.PostSelection;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Objects;

/** Opens a dossier for one listing of its data ({@link DossierData}) and closes it again. */
public final class DossierDataService implements DossierDataUseCase {

    private final DossierSessions sessions;

    @Inject
    public DossierDataService(DossierSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions is null");
    }

    @Override
    public PostListing posts(Path dossierDir, DataReach reach, PostSelection selection) throws DossierException {
        try (DossierSession session = sessions.open(dossierDir, reach)) {
            return new DossierData(session.dossier(), session.store()).posts(selection);
        }
    }

    @Override
    public DataListing series(Path dossierDir, DataReach reach) throws DossierException {
        try (DossierSession session = sessions.open(dossierDir, reach)) {
            return new DossierData(session.dossier(), session.store()).series();
        }
    }
}
