package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.KeptClaims;
import dev.reckon.domain.claim.Claim;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The claims kept in each dossier's SQLite store ({@link SqliteDossierStores#STORE_FILE} in its
 * folder), which {@code reckon serve} writes: a check reads them when it runs, so it sees what
 * clients added up to then.
 */
public final class SqliteKeptClaims implements KeptClaims {

    @Override
    public List<Claim> in(Path dossierDir) {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        try (SqliteClaimStore claims = SqliteClaimStore.open(dossierDir.resolve(SqliteDossierStores.STORE_FILE))) {
            return claims.list();
        }
    }
}
