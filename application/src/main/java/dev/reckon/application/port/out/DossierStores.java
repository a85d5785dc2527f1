package dev.reckon.application.port.out;

import java.nio.file.Path;

/** Opens the store that keeps a dossier's imported data between runs. */
@FunctionalInterface
public interface DossierStores {

    /**
     * The store for the dossier in the folder {@code dossierDir} ({@link Dossier#folder()}); the caller closes it.
     *
     * @throws ObservationStoreException when the store cannot be opened (busy, damaged, from a newer Reckon)
     */
    ObservationStore open(Path dossierDir);
}
