package dev.reckon.application.service;

import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimContext;
import java.util.Objects;

/**
 * Checks claims of a served dossier against its store. The context is built for each use, so a
 * segment key that arrives with new data can be named at once.
 */
final class StoreClaimChecking {

    private final Dossier dossier;
    private final ObservationStore store;
    private final StoredSeriesSource series;

    StoreClaimChecking(Dossier dossier, ObservationStore store) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.store = Objects.requireNonNull(store, "store is null");
        this.series = new StoredSeriesSource(store, dossier.catalogue());
    }

    ClaimContext context() {
        return new ClaimContext(dossier.catalogue(), dossier.subjectNames(), dossier.periods(), store.segmentKeys());
    }

    ClaimChecker checker() {
        return new ClaimChecker(context(), series);
    }
}
