package dev.reckon.app;

import com.google.inject.AbstractModule;
import dev.reckon.adapter.jdbc.SqliteDossierStores;
import dev.reckon.application.port.out.DossierStores;

/** The SQLite store: each dossier's imports kept in its own folder between runs. */
public final class JdbcAdapterModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(DossierStores.class).to(SqliteDossierStores.class);
    }
}
