package dev.reckon.adapter.postgres;

import dev.reckon.application.fixture.ClaimStoreContract;
import dev.reckon.application.port.out.ClaimStore;

class PostgresClaimStoreTest extends ClaimStoreContract {

    @Override
    protected ClaimStore newStore() {
        return PostgresClaimStore.open(EmbeddedDatabase.location(), EmbeddedDatabase.freshDossier());
    }
}
