package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.ObservationStoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database behind a store: how its connections are opened, its schema brought up to date (once
 * per process and database, by Flyway), each dossier's id found, and PostgreSQL's failures told to
 * a user without the password.
 */
final class PostgresDatabase {

    /** How long a write waits for another write of the same dossier before it gives up. */
    static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);

    /** The databases this process has brought up to date, by their URL without password. */
    private static final Set<String> MIGRATED = ConcurrentHashMap.newKeySet();

    private final PostgresLocation location;
    private final Duration lockTimeout;

    PostgresDatabase(PostgresLocation location, Duration lockTimeout) {
        this.location = Objects.requireNonNull(location, "location is null");
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout is null");
    }

    PostgresLocation location() {
        return location;
    }

    /** Brings the schema up to date unless this process did already, and refuses one from a newer Reckon. */
    void prepare() {
        if (MIGRATED.contains(location.toString())) {
            return;
        }
        if (isCurrent()) {
            MIGRATED.add(location.toString());
            return;
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location.jdbcUrl());
        location.driverProperties().forEach((name, value) -> {
            try {
                source.setProperty((String) name, (String) value);
            } catch (SQLException e) {
                throw new ObservationStoreException("the store URL's parameter '" + name + "' is not one the"
                        + " PostgreSQL driver knows: " + location.mask(e.getMessage()), e);
            }
        });
        // Flyway holds a PostgreSQL advisory lock while it migrates, so two processes starting at once take turns.
        Flyway flyway = Flyway.configure(PostgresDatabase.class.getClassLoader()).dataSource(source)
                .locations("classpath:db/reckon").table(SchemaHistory.TABLE)
                .baselineOnMigrate(false).load();
        try {
            refuseNewer(flyway.info().all());
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw failure("preparing the store's tables", sql);
            }
            throw new ObservationStoreException("preparing the tables of the store " + location + " failed: "
                    + location.mask(e.getMessage()), "preparing the store's tables failed", e);
        }
        MIGRATED.add(location.toString());
    }

    /** Whether the schema is already current, read without Flyway ({@link SchemaHistory}). */
    private boolean isCurrent() {
        try (Connection connection = connect()) {
            return SchemaHistory.isCurrent(connection);
        } catch (SQLException e) {
            throw failure("preparing the store's tables", e);
        }
    }

    /** Refuses, before changing anything, a database whose history has steps this Reckon does not have. */
    private void refuseNewer(MigrationInfo[] migrations) {
        String newestKnown = "none";
        String newestApplied = null;
        for (MigrationInfo migration : migrations) {
            if (migration.getState().isResolved() && migration.getVersion() != null) {
                newestKnown = migration.getVersion().getVersion();
            }
            if (migration.getState().name().startsWith("FUTURE")) {
                newestApplied = migration.getVersion().getVersion();
            }
        }
        if (newestApplied != null) {
            throw new ObservationStoreException("the store " + location + " was written by a newer Reckon (schema"
                    + " version " + newestApplied + "); this Reckon reads up to version " + newestKnown
                    + ". Use the newer Reckon, or another database.", "the store was written by a newer Reckon", null);
        }
    }

    /** Lets the next store opened in this process look at {@code location}'s schema again: for tests. */
    static void forgetPrepared(PostgresLocation location) {
        MIGRATED.remove(location.toString());
    }

    /** A new connection in autocommit mode; the caller closes it. */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.driverProperties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + lockTimeout.toMillis());
        }
        return connection;
    }

    /** The id of the dossier called {@code name}, which gets one on first use. */
    long dossierId(String name) {
        try (Connection connection = connect()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO dossier (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM dossier WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw failure("opening the dossier " + name, e);
        }
    }

    /**
     * Tells what went wrong while {@code doing} something, in words a user can act on: once naming the
     * database (without password), for the command line, and once without, for clients of the HTTP API.
     */
    ObservationStoreException failure(String doing, SQLException e) {
        return new ObservationStoreException(explain(doing, e, "the store " + location),
                explain(doing, e, "the store"), e);
    }

    private String explain(String doing, SQLException e, String store) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // The driver ends its messages with a full stop; the sentence goes on after it.
        String message = location.mask(String.valueOf(e.getMessage())).strip().replaceFirst("[.]+$", "");
        if (state.startsWith("08")) {
            return store + " cannot be reached, so " + doing + " did not start: " + message
                    + ". Is the PostgreSQL server running and the host and port right?";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return store + " refused user " + location.user() + " with " + location.passwordOrigin()
                    + ", so " + doing + " did not start: " + message;
        }
        if (state.equals("3D000")) {
            return store + " names a database that does not exist, so " + doing + " did not start."
                    + " Create it (createdb) or name another.";
        }
        if (state.equals("55P03")) {
            return store + " is busy: another Reckon process has been writing this dossier for longer than "
                    + lockTimeout.toSeconds() + " s, so " + doing + " did not start. Nothing was changed;"
                    + " try again when the other process has finished.";
        }
        if (state.equals("53100")) {
            return "the disk of " + store + " is full, so " + doing + " could not be saved. Nothing of it was"
                    + " kept; free some space and try again.";
        }
        return doing + " in " + store + " failed: " + message;
    }
}
