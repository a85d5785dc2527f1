package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.DossierClaimStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The claims kept in each dossier's SQLite store ({@link SqliteDossierStores#STORE_FILE} in its
 * folder), which {@code reckon serve} writes and a check reads when it runs, so it sees what clients
 * added up to then.
 */
public final class SqliteDossierClaimStores implements DossierClaimStores {

    @Override
    public SqliteClaimStore open(Path dossierDir) {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        return SqliteClaimStore.open(dossierDir.resolve(SqliteDossierStores.STORE_FILE));
    }
}
