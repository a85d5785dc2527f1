package dev.reckon.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.reckon.adapter.jdbc.SqliteDossierClaimStores;
import dev.reckon.adapter.jdbc.SqliteDossierStores;
import dev.reckon.application.port.out.DossierClaimStores;
import dev.reckon.application.port.out.DossierStores;
import dev.reckon.application.service.DossierFilesStore;

/** The SQLite store: each dossier's imports and added claims kept in its own folder between runs. */
public final class JdbcAdapterModule extends AbstractModule {

    /**
     * Each dossier's SQLite store, as a session opening the dossier should see it: what clients wrote through
     * {@code reckon serve} counts in checks but is never pruned as a file the dossier no longer names.
     */
    @Provides
    DossierStores dossierStores() {
        SqliteDossierStores stores = new SqliteDossierStores();
        return dossierDir -> new DossierFilesStore(stores.open(dossierDir));
    }

    /** The claims clients added through {@code reckon serve}, which checks count after the dossier file's. */
    @Provides
    DossierClaimStores dossierClaimStores() {
        return new SqliteDossierClaimStores();
    }
}
