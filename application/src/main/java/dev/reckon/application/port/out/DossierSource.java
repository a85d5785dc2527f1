package dev.reckon.application.port.out;

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
}
