package dev.reckon.store.codec;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * A read in a transaction of its own on a connection that does not commit by itself, ended at once:
 * a long-open read transaction would keep SQLite from checkpointing its WAL and PostgreSQL from vacuuming.
 */
public final class ReadTransaction {

    /** A read that may fail as JDBC does. */
    public interface Query<T> {
        T run() throws SQLException;
    }

    private ReadTransaction() {
    }

    /** The answer of {@code query}, or {@code failure} of its error once the transaction is rolled back. */
    public static <T> T run(Connection reader, Query<T> query, Function<SQLException, RuntimeException> failure) {
        try {
            T result = query.run();
            reader.commit();
            return result;
        } catch (SQLException e) {
            try {
                reader.rollback();
            } catch (SQLException ignored) {
                // The read failed already; ending its transaction cannot fail in a way worth reporting.
            }
            throw failure.apply(e);
        }
    }
}
