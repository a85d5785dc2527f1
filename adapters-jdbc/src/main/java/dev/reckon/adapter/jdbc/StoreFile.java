package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.ObservationStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file behind a store: how its connections are opened, and how SQLite's failures are
 * told to a user.
 *
 * <p>Writers open with {@code BEGIN IMMEDIATE} transactions, so a second writer waits for the
 * write lock up to the busy timeout when it starts, rather than failing half-way through. Every
 * connection runs {@code synchronous=NORMAL} in WAL mode; docs/storage.md says why.
 */
final class StoreFile {

    /** Pages kept in memory by a writer, in KiB (SQLite's negative cache_size): indexes of a large import stay cached. */
    private static final int WRITER_CACHE_KIB = 64 * 1024;
    /** After a large import the WAL file is cut back to this size at the next checkpoint. */
    private static final int WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private final Path path;
    private final Duration busyTimeout;

    StoreFile(Path path, Duration busyTimeout) {
        this.path = Objects.requireNonNull(path, "path is null");
        this.busyTimeout = Objects.requireNonNull(busyTimeout, "busyTimeout is null");
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busy timeout must be between 0 and " + Integer.MAX_VALUE + " ms: " + busyTimeout);
        }
    }

    Path path() {
        return path;
    }

    /** A connection for reading; its transactions start without taking any lock. */
    Connection reader() throws SQLException {
        return connect(SQLiteConfig.TransactionMode.DEFERRED, false);
    }

    /**
     * A connection for writing. {@code setAutoCommit(false)} begins an immediate transaction (waiting
     * for the write lock), {@code setAutoCommit(true)} commits it, and closing the connection before
     * that rolls it back. {@code Connection.commit()} and {@code rollback()} are not used: the driver
     * begins the next transaction straight after them, which would take the write lock again.
     */
    Connection writer() throws SQLException {
        return connect(SQLiteConfig.TransactionMode.IMMEDIATE, true);
    }

    private Connection connect(SQLiteConfig.TransactionMode mode, boolean writer) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(mode);
        if (writer) {
            config.setCacheSize(-WRITER_CACHE_KIB);
            config.setJournalSizeLimit(WAL_SIZE_LIMIT_BYTES);
        }
        return config.createConnection("jdbc:sqlite:" + path);
    }

    /**
     * Tells what went wrong while {@code doing} something, in words a user can act on: once naming
     * the store's file, for the command line, and once without, for clients of the HTTP API, who
     * must not learn where the server keeps its files.
     */
    ObservationStoreException failure(String doing, SQLException e) {
        return new ObservationStoreException(explain(doing, e, "the store " + path, path.toString()),
                explain(doing, e, "the store", "the store's file"), e);
    }

    private String explain(String doing, SQLException e, String store, String file) {
        return switch (e.getErrorCode() & 0xFF) {
            case SQLITE_BUSY, SQLITE_LOCKED -> store + " is busy: another Reckon process has been writing to it"
                    + " for longer than " + describe(busyTimeout) + ", so " + doing
                    + " did not start. Nothing was changed; try again when the other process has finished.";
            case SQLITE_FULL -> "the disk holding " + store + " is full, so " + doing
                    + " could not be saved. Nothing of it was kept; free some space and try again.";
            case SQLITE_NOTADB -> file + " is not a Reckon store (it is not an SQLite database). Move it away and"
                    + " Reckon makes a new store there.";
            case SQLITE_CORRUPT -> store + " is damaged. Delete it and Reckon rebuilds it from the"
                    + " dossier's files.";
            case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR -> store + " cannot be opened for "
                    + doing + ": " + e.getMessage();
            default -> doing + " in " + store + " failed: " + e.getMessage();
        };
    }

    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
