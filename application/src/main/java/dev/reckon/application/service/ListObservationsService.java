package dev.reckon.application.service;

import dev.reckon.application.port.in.ListObservationsUseCase;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.ObservationQuery;
import jakarta.inject.Inject;
import java.util.Objects;

/** Lists stored observations straight from the store, which keeps the listing order. */
public final class ListObservationsService implements ListObservationsUseCase {

    private final ObservationStore store;

    @Inject
    public ListObservationsService(ObservationStore store) {
        this.store = Objects.requireNonNull(store, "store is null");
    }

    @Override
    public ObservationPage list(ObservationQuery query) {
        return store.list(Objects.requireNonNull(query, "query is null"));
    }
}
