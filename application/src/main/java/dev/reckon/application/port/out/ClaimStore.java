package dev.reckon.application.port.out;

import dev.reckon.domain.claim.Claim;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the claims added beside a dossier's own (through the HTTP API): the dossier file stays as
 * its author wrote it. Ids are unique within the store; keeping them apart from the dossier's ids
 * is the caller's rule.
 */
public interface ClaimStore extends AutoCloseable {

    /** Every claim kept, by id. */
    List<Claim> list();

    Optional<Claim> get(String id);

    /** Keeps {@code claim}, replacing the one with its id if there is one. */
    void put(Claim claim);

    /** Forgets the claim with {@code id}; false when there was none. */
    boolean delete(String id);

    /** Lets go of what the store holds open; a store held in memory holds nothing. */
    @Override
    default void close() {
    }
}
