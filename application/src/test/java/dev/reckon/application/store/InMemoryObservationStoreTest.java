package dev.reckon.application.store;

import dev.reckon.application.port.out.ObservationStore;

class InMemoryObservationStoreTest extends ObservationStoreContract {

    @Override
    protected ObservationStore newStore() {
        return new InMemoryObservationStore();
    }
}
