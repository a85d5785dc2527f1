package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import java.nio.file.Path;

/**
 * Reads a text as {@link ScanTextUseCase} does, then binds its figures to a dossier's series and
 * suggests a check per bound figure, evaluated against the dossier's data.
 */
public interface ScanWithDossierUseCase {

    /**
     * @throws DossierException when the dossier cannot be read, or a data file cannot be read or recognised
     * @throws dev.reckon.application.port.out.ObservationStoreException when its store fails
     */
    TextScan scan(ScanTextCommand command, Path dossierDir, DataReach reach) throws DossierException;
}
