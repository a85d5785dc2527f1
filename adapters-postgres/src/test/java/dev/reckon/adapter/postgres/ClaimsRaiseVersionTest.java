package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.claim.Claim;
import org.junit.jupiter.api.Test;

/**
 * A claim posted over the API is a change to the dossier: its version rises, so a cache keyed by the
 * version (another server's, another process's) reads the claims again, as with SQLite's file.
 */
class ClaimsRaiseVersionTest {

    private final String dossier = EmbeddedDatabase.freshDossier();

    @Test
    void keepingAndRemovingAClaimRaiseTheDossiersVersion() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier);
             PostgresClaimStore claims = PostgresClaimStore.open(EmbeddedDatabase.location(), dossier)) {
            long before = store.version();

            claims.put(Claim.of("c1", "1 + 1 = 2"));
            long kept = store.version();
            claims.put(Claim.of("c1", "2 > 1"));
            long replaced = store.version();
            assertThat(claims.delete("c1")).isTrue();
            long removed = store.version();

            assertThat(kept).isGreaterThan(before);
            assertThat(replaced).isGreaterThan(kept);
            assertThat(removed).isGreaterThan(replaced);
        }
    }

    @Test
    void removingAClaimThereIsNotLeavesTheVersion() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier);
             PostgresClaimStore claims = PostgresClaimStore.open(EmbeddedDatabase.location(), dossier)) {
            long before = store.version();

            assertThat(claims.delete("absent")).isFalse();

            assertThat(store.version()).isEqualTo(before);
        }
    }

    @Test
    void anotherDossiersClaimLeavesTheVersion() {
        String other = EmbeddedDatabase.freshDossier();
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier);
             PostgresClaimStore claims = PostgresClaimStore.open(EmbeddedDatabase.location(), other)) {
            long before = store.version();

            claims.put(Claim.of("c1", "1 + 1 = 2"));

            assertThat(store.version()).isEqualTo(before);
        }
    }
}
