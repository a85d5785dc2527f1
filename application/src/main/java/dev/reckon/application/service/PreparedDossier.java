package dev.reckon.application.service;

import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.shared.DossierException;
import java.util.Objects;

/**
 * A dossier read and its stores open, its data files not yet imported: what the server needs to
 * start answering (its health at least) while {@link #importData} brings the store up to date.
 * It owns its stores until it becomes a {@link DossierSession}, which then owns them.
 */
public final class PreparedDossier implements AutoCloseable {

    /** The import {@link DossierSessions} runs over these stores. */
    @FunctionalInterface
    interface Import {
        DossierSession run(ImportProgress progress) throws DossierException;
    }

    private final Dossier dossier;
    private final ObservationStore store;
    private final ClaimStore claims;
    private final Import dataImport;

    PreparedDossier(Dossier dossier, ObservationStore store, ClaimStore claims, Import dataImport) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.store = Objects.requireNonNull(store, "store is null");
        this.claims = Objects.requireNonNull(claims, "claims is null");
        this.dataImport = Objects.requireNonNull(dataImport, "dataImport is null");
    }

    public Dossier dossier() {
        return dossier;
    }

    public ObservationStore store() {
        return store;
    }

    public ClaimStore claims() {
        return claims;
    }

    /**
     * Imports what changed of the dossier's data files, as {@link DossierSessions#open} does.
     *
     * @throws DossierException when a data file cannot be read or recognised; the stores stay open
     */
    public DossierSession importData(ImportProgress progress) throws DossierException {
        return dataImport.run(Objects.requireNonNull(progress, "progress is null"));
    }

    /** Closes both stores, the claims' even when the observations' fails to close. */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            claims.close();
        }
    }
}
