package dev.reckon.application.port.out;

import java.nio.file.Path;

/** Opens the store that keeps the claims added beside a dossier's own (through the HTTP API). */
@FunctionalInterface
public interface DossierClaimStores {

    /**
     * The claim store for the dossier in the folder {@code dossierDir} ({@link Dossier#folder()}); the caller closes it.
     *
     * @throws ObservationStoreException when the store cannot be opened
     */
    ClaimStore open(Path dossierDir);
}
