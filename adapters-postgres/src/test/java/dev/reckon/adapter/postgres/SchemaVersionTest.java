package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationStoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Flyway brings a new database to the current schema; a database from a newer Reckon is refused untouched. */
class SchemaVersionTest {

    @Test
    void aNewDatabaseGetsTheSchemaAndItsHistory() throws SQLException {
        PostgresLocation location = newDatabase();

        PostgresObservationStore.open(location, "d").close();

        try (Connection connection = connect(location); Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "SELECT version, success FROM reckon_schema_history ORDER BY installed_rank")) {
            assertThat(history.next()).isTrue();
            assertThat(history.getString(1)).isEqualTo("1");
            assertThat(history.getBoolean(2)).isTrue();
        }
    }

    @Test
    void aDatabaseWrittenByANewerReckonIsRefused() throws SQLException {
        PostgresLocation location = newDatabase();
        PostgresObservationStore.open(location, "d").close();
        try (Connection connection = connect(location); Statement statement = connection.createStatement()) {
            // What a later Reckon's Flyway leaves: one more step in the history, which this Reckon does not have.
            statement.execute("INSERT INTO reckon_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 0, 'reckon', 1, true)");
        }
        PostgresDatabase.forgetPrepared(location);

        assertThatThrownBy(() -> PostgresObservationStore.open(location, "d"))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessageContaining("written by a newer Reckon (schema version 99); this Reckon reads up to"
                        + " version 1");
    }

    /** A database of its own in the test server, so its schema history is this test's alone. */
    private static PostgresLocation newDatabase() throws SQLException {
        String name = "reckon_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(EmbeddedDatabase.location());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return PostgresLocation.parse(EmbeddedDatabase.url().replaceFirst("/postgres$", "/" + name), Map.of());
    }

    private static Connection connect(PostgresLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), location.driverProperties());
    }
}
