package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import java.nio.file.Path;

/**
 * The one way to open a dossier, for every command and the server: with its data imported, for the
 * jobs that read the data, or read alone, for reading export files against it.
 */
public interface OpenDossierUseCase {

    /**
     * Reads the dossier in {@code dossierDir} (its folder, or its YAML file), opens its stores and
     * imports what changed of the data files it names, read where {@code reach} allows. The caller
     * closes what it gets; when opening fails, what was opened is closed.
     *
     * @throws DossierException when the dossier cannot be read, or a data file cannot be read or recognised
     */
    OpenDossier open(Path dossierDir, DataReach reach) throws DossierException;

    /**
     * As {@link #open(Path, DataReach)}, with each file imported read through {@code progress}. By
     * default nothing is followed, for a use case that shows no progress.
     */
    default OpenDossier open(Path dossierDir, DataReach reach, ImportProgress progress) throws DossierException {
        return open(dossierDir, reach);
    }

    /**
     * Reads the dossier alone: no store is opened and none of its data is imported, so reading files
     * against it keeps nothing and changes nothing.
     *
     * @throws DossierException when the dossier cannot be read
     */
    ReadDossier read(Path dossierDir, DataReach reach) throws DossierException;
}
