package dev.reckon.adapter.postgres;

import dev.reckon.application.fixture.ObservationStoreContract;
import dev.reckon.application.port.out.ObservationStore;

/**
 * The store contract with writes that hold two observations at most: every write of more sends
 * rows several times, the later ones through the staging table and the upsert, where a key sent
 * before must keep its first position and take its latest values.
 */
class PostgresObservationStoreSendingOftenTest extends ObservationStoreContract {

    @Override
    protected ObservationStore newStore() {
        return PostgresObservationStore.open(EmbeddedDatabase.location(), EmbeddedDatabase.freshDossier(),
                PostgresDatabase.DEFAULT_LOCK_TIMEOUT, 2);
    }
}
