package dev.reckon.adapter.postgres;

import dev.reckon.application.fixture.ObservationStoreContract;
import dev.reckon.application.port.out.ObservationStore;

class PostgresObservationStoreTest extends ObservationStoreContract {

    @Override
    protected ObservationStore newStore() {
        return PostgresObservationStore.open(EmbeddedDatabase.location(), EmbeddedDatabase.freshDossier());
    }
}
