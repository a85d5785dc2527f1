package dev.reckon.store.codec;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A store's connection for reading, on which each read runs in a transaction of its own, ended at
 * once: a long-open read transaction would keep SQLite from checkpointing its WAL and PostgreSQL
 * from vacuuming. Not safe for concurrent use: the store that owns it reads under its own lock.
 */
public final class ReadConnection {

    /** A read that may fail as JDBC does. */
    public interface Query<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final String store;
    private final BiFunction<String, SQLException, ? extends RuntimeException> failure;
    private boolean closed;

    /**
     * @param connection a connection that does not commit by itself
     * @param store      where the store is, as a failure names it
     * @param failure    what a failed read throws, given what it was doing and why it failed
     */
    public ReadConnection(Connection connection, String store,
            BiFunction<String, SQLException, ? extends RuntimeException> failure) {
        this.connection = connection;
        this.store = store;
        this.failure = failure;
    }

    /**
     * The answer of {@code query}, or the store's failure once its transaction is rolled back.
     * {@code doing} names the read in a failure; it is only built then.
     */
    public <T> T read(Supplier<String> doing, Query<T> query) {
        if (closed) {
            throw new IllegalStateException("the store " + store + " is closed");
        }
        try {
            T result = query.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // The read failed already; ending its transaction cannot fail in a way worth reporting.
            }
            throw failure.apply(doing.get(), e);
        }
    }

    /** Closes the connection; a read after this is refused. */
    public void close() {
        closed = true;
        Connections.closeQuietly(connection);
    }
}
