package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.DossierStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Keeps each dossier's imports in {@code DOSSIER_DIR/.reckon/reckon.db}, beside the files they came
 * from: a check reads again only the files that changed since the last one.
 */
public final class SqliteDossierStores implements DossierStores {

    /** Where in a dossier's folder its store is. */
    public static final Path STORE_FILE = Path.of(".reckon", "reckon.db");

    @Override
    public SqliteObservationStore open(Path dossierDir) {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        return SqliteObservationStore.open(dossierDir.resolve(STORE_FILE));
    }
}
