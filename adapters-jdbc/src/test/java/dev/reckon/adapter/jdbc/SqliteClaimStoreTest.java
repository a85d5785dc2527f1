package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.fixture.ClaimStoreContract;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.domain.claim.Claim;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteClaimStoreTest extends ClaimStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ClaimStore newStore() {
        return SqliteClaimStore.open(folder.resolve("reckon.db"));
    }

    @Test
    void claimsSurviveReopeningTheFile() {
        store().put(Claim.of("kept", "1 + 1 = 2"));
        ((SqliteClaimStore) store()).close();

        try (SqliteClaimStore reopened = SqliteClaimStore.open(folder.resolve("reckon.db"))) {
            assertThat(reopened.get("kept")).contains(Claim.of("kept", "1 + 1 = 2"));
        }
    }

    @Test
    void aCheckOfTheDossierReadsTheClaimsItsStoreKeeps() {
        Path dossierDir = folder.resolve("dossier");
        try (SqliteClaimStore claims = SqliteClaimStore.open(dossierDir.resolve(SqliteDossierStores.STORE_FILE))) {
            claims.put(Claim.of("b", "2 > 1"));
            claims.put(Claim.of("a", "1 + 1 = 2"));
        }

        try (SqliteClaimStore kept = new SqliteDossierClaimStores().open(dossierDir)) {
            assertThat(kept.list()).containsExactly(Claim.of("a", "1 + 1 = 2"), Claim.of("b", "2 > 1"));
        }
    }
}
