package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Flyway brings a new database to the current schema; a database from a newer Reckon is refused untouched. */
class SchemaVersionTest {

    @Test
    void aNewDatabaseGetsTheSchemaAndItsHistory() throws SQLException {
        PostgresLocation location = EmbeddedDatabase.freshDatabase();

        PostgresObservationStore.open(location, "d").close();

        try (Connection connection = EmbeddedDatabase.connect(location);
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "SELECT version, success FROM reckon_schema_history ORDER BY installed_rank")) {
            assertThat(history.next()).isTrue();
            assertThat(history.getString(1)).isEqualTo("1");
            assertThat(history.getBoolean(2)).isTrue();
        }
    }

    @Test
    void aDatabaseWrittenByANewerReckonIsRefused() throws SQLException {
        PostgresLocation location = EmbeddedDatabase.freshDatabase();
        PostgresObservationStore.open(location, "d").close();
        try (Connection connection = EmbeddedDatabase.connect(location);
             Statement statement = connection.createStatement()) {
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
}
