package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DossierException;

/** Compares series named in the claim language ({@code video_views{labour, facebook, ge2019}}) over a dossier's data. */
public interface CompareInDossierUseCase {

    /**
     * Reads the dossier, imports its data and computes the series and how they compare.
     *
     * @throws DossierException when the dossier cannot be read, or a series text cannot be parsed or resolved
     */
    DossierComparison compare(CompareInDossierCommand command) throws DossierException;
}
