package dev.reckon.app;

import dev.reckon.adapter.jdbc.SqliteDossierClaimStores;
import dev.reckon.adapter.jdbc.SqliteDossierStores;
import dev.reckon.adapter.postgres.PostgresDossierStores;
import dev.reckon.adapter.postgres.PostgresLocation;
import dev.reckon.application.port.out.DossierClaimStores;
import dev.reckon.application.port.out.DossierStores;
import dev.reckon.application.port.out.ObservationStoreException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where this run keeps dossiers' imports: {@code --store}, else the {@code RECKON_STORE} variable,
 * else each dossier's own SQLite file ({@code DOSSIER_DIR/.reckon/reckon.db}). One per run: the
 * command's {@link StoreOption} sets it while its line is parsed, before any dossier is opened.
 */
final class StoreChoice {

    static final String VARIABLE = "RECKON_STORE";
    /** What {@code --store} takes for the default, so a command can leave a {@code RECKON_STORE} aside. */
    static final String SQLITE = "sqlite";

    private final CliEnvironment environment;
    private Optional<PostgresLocation> given = Optional.empty();
    private boolean sqliteGiven;

    StoreChoice(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment is null");
    }

    /**
     * Reads what {@code --store} or {@code RECKON_STORE} says: {@code sqlite}, or a PostgreSQL location.
     *
     * @return the PostgreSQL location, or empty for SQLite
     * @throws IllegalArgumentException saying what is wrong, never with the password
     */
    Optional<PostgresLocation> read(String store) {
        String text = store.strip();
        if (text.equals(SQLITE)) {
            return Optional.empty();
        }
        if (!PostgresLocation.isPostgres(text)) {
            throw new IllegalArgumentException("a store is '" + SQLITE + "' (each dossier's own file, the default) or"
                    + " postgresql://user@host:port/database");
        }
        return Optional.of(PostgresLocation.parse(text, environment.variables()));
    }

    /** What {@code --store} gave. */
    void choose(Optional<PostgresLocation> store) {
        given = store;
        sqliteGiven = store.isEmpty();
    }

    /** The PostgreSQL database chosen, or empty for each dossier's SQLite file. */
    Optional<PostgresLocation> postgres() {
        if (given.isPresent() || sqliteGiven) {
            return given;
        }
        String variable = environment.variables().get(VARIABLE);
        if (variable == null || variable.isBlank()) {
            return Optional.empty();
        }
        try {
            return read(variable);
        } catch (IllegalArgumentException e) {
            throw new ObservationStoreException(VARIABLE + ": " + e.getMessage());
        }
    }

    DossierStores stores() {
        return postgres().<DossierStores>map(PostgresDossierStores::new).orElseGet(SqliteDossierStores::new);
    }

    DossierClaimStores claims() {
        return postgres().map(location -> new PostgresDossierStores(location).claims())
                .orElseGet(SqliteDossierClaimStores::new);
    }

    /** Where the dossier in {@code dossierDir} is kept, without any password: for messages. */
    String describe(Path dossierDir) {
        return postgres().map(location -> new PostgresDossierStores(location).describe(dossierDir))
                .orElseGet(() -> dossierDir.resolve(SqliteDossierStores.STORE_FILE).toString());
    }
}
