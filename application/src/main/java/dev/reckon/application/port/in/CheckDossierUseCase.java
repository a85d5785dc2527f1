package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DossierException;

/** Checks every claim of a dossier against the data the dossier names. */
public interface CheckDossierUseCase {

    /**
     * Reads the dossier, imports its data and evaluates every claim. Bad rows and bad claims do not
     * stop the check: they show in the import reports and as {@code invalid} results.
     *
     * @throws DossierException when the dossier itself cannot be read
     */
    DossierCheck check(CheckDossierCommand command) throws DossierException;
}
