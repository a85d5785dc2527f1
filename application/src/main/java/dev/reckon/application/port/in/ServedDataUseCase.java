package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.PostSelection;

/** {@link DossierDataUseCase} over the dossier being served, already open and imported. */
public interface ServedDataUseCase {

    /**
     * The posts {@code selection} asks for.
     *
     * @throws DossierException naming each part of the selection ({@code subject}, {@code platform},
     *                          {@code period}, {@code sort}) that the dossier does not know
     */
    PostListing posts(PostSelection selection) throws DossierException;

    DataListing series();
}
