package dev.reckon.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.reckon.application.port.out.DossierClaimStores;
import dev.reckon.application.port.out.DossierStores;
import dev.reckon.application.service.DossierFilesStore;

/**
 * The store of each dossier's imports and added claims between runs: its own SQLite file by default, or
 * the PostgreSQL database {@code --store} or {@code RECKON_STORE} names ({@link StoreChoice}), decided
 * when a dossier is opened, after the command line was read.
 */
public final class JdbcAdapterModule extends AbstractModule {

    /**
     * Each dossier's SQLite store, as a session opening the dossier should see it: what clients wrote through
     * {@code reckon serve} counts in checks but is never pruned as a file the dossier no longer names.
     */
    @Provides
    DossierStores dossierStores(StoreChoice choice) {
        return dossierDir -> new DossierFilesStore(choice.stores().open(dossierDir));
    }

    /** The claims clients added through {@code reckon serve}, which checks count after the dossier file's. */
    @Provides
    DossierClaimStores dossierClaimStores(StoreChoice choice) {
        return dossierDir -> choice.claims().open(dossierDir);
    }
}
