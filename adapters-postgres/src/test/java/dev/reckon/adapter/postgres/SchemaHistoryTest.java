package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema is told current without Flyway only when its history holds exactly this Reckon's scripts. */
class SchemaHistoryTest {

    @Test
    void theVersionsListedAreThoseOfTheScripts() throws IOException, URISyntaxException {
        Path scripts = Paths.get(SchemaHistoryTest.class.getResource("/db/reckon").toURI());
        try (Stream<Path> files = Files.list(scripts)) {
            List<String> versions = files.map(file -> file.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList();
            assertThat(SchemaHistory.SCRIPT_VERSIONS).isEqualTo(versions);
        }
    }

    @Test
    void aNewDatabaseIsNotCurrentAndOneMigratedIs() throws SQLException {
        PostgresLocation location = EmbeddedDatabase.freshDatabase();
        try (Connection connection = EmbeddedDatabase.connect(location)) {
            assertThat(SchemaHistory.isCurrent(connection)).isFalse();
        }

        PostgresObservationStore.open(location, "d").close();

        try (Connection connection = EmbeddedDatabase.connect(location)) {
            assertThat(SchemaHistory.isCurrent(connection)).isTrue();
        }
    }

    @Test
    void aFailedStepOrOneThisReckonLacksIsLeftToFlyway() throws SQLException {
        PostgresLocation location = EmbeddedDatabase.freshDatabase();
        PostgresObservationStore.open(location, "d").close();
        try (Connection connection = EmbeddedDatabase.connect(location);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO reckon_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (2, '2', 'failed', 'SQL',"
                    + " 'V2__failed.sql', 0, 'reckon', 1, false)");
            assertThat(SchemaHistory.isCurrent(connection)).isFalse();

            statement.execute("UPDATE reckon_schema_history SET success = true WHERE version = '2'");
            assertThat(SchemaHistory.isCurrent(connection)).isFalse();

            statement.execute("DELETE FROM reckon_schema_history WHERE version = '2'");
            assertThat(SchemaHistory.isCurrent(connection)).isTrue();
        }
    }
}
