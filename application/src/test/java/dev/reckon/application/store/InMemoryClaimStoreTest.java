package dev.reckon.application.store;

import dev.reckon.application.port.out.ClaimStore;

class InMemoryClaimStoreTest extends ClaimStoreContract {

    @Override
    protected ClaimStore newStore() {
        return new InMemoryClaimStore();
    }
}
