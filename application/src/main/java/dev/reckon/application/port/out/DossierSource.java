package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import java.nio.file.Path;

/** Reads a dossier: what it claims, about whom, over which periods, from which data files. */
public interface DossierSource {

    /**
     * Reads the dossier in {@code dossierDir} and finds its data files.
     *
     * @throws DossierException with every problem found (syntax, unknown keys, bad dates, missing files)
     */
    Dossier load(Path dossierDir) throws DossierException;

    /**
     * Reads the dossier in {@code dossierDir}, its data files where {@code reach} allows. A source
     * whose data are not files has nothing to keep inside and reads as {@link #load(Path)}.
     *
     * @throws DossierException as {@link #load(Path)}, and for a data path beyond {@code reach}
     */
    default Dossier load(Path dossierDir, DataReach reach) throws DossierException {
        return load(dossierDir);
    }
}
