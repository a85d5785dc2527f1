package dev.reckon.application.store;

import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.domain.claim.Claim;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link ClaimStore} held in memory, for tests and servers that need not keep claims. Thread-safe. */
public final class InMemoryClaimStore implements ClaimStore {

    private final ConcurrentSkipListMap<String, Claim> claims = new ConcurrentSkipListMap<>();

    @Override
    public List<Claim> list() {
        return List.copyOf(claims.values());
    }

    @Override
    public Optional<Claim> get(String id) {
        Objects.requireNonNull(id, "id is null");
        return Optional.ofNullable(claims.get(id));
    }

    @Override
    public void put(Claim claim) {
        Objects.requireNonNull(claim, "claim is null");
        claims.put(claim.id(), claim);
    }

    @Override
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id is null");
        return claims.remove(id) != null;
    }
}
