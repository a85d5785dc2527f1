package dev.reckon.application.service;

import dev.reckon.application.port.in.DataListing;
import dev.reckon.application.port.in.PostListing;
import dev.reckon.application.port.in.ServedDataUseCase;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.PostSelection;
import jakarta.inject.Inject;

/** The served dossier's posts and series, read from its store at each request. */
public final class ServedDataService implements ServedDataUseCase {

    private final DossierData data;

    @Inject
    public ServedDataService(Dossier dossier, ObservationStore store) {
        this.data = new DossierData(dossier, store);
    }

    @Override
    public PostListing posts(PostSelection selection) throws DossierException {
        return data.posts(selection);
    }

    @Override
    public DataListing series() {
        return data.series();
    }
}
