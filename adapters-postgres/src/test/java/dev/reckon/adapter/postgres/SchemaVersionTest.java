package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostId;
import java.math.BigDecimal;
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
                        + " version 2");
    }

    @Test
    void aVersionOneDatabaseUpgradesInPlaceKeepingItsPosts() throws SQLException {
        PostgresLocation location = EmbeddedDatabase.freshDatabase();
        Post post = new Post(new PostId(Platform.TWITTER, "803684528651665408"), Subject.of("labour"),
                Instant.parse("2019-12-01T10:15:30Z"), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(new MetricId("post_retweets"), Interval.exactly(new BigDecimal("140"))),
                new Provenance("tweets.csv", 2, Optional.empty(), "x-tweet-activity"));
        try (PostgresObservationStore store = PostgresObservationStore.open(location, "d");
             SourceWrite write = store.replaceSource("tweets.csv")) {
            write.post(post);
            write.commit(Rows.record("tweets.csv", 1));
        }
        // What version 1 left: the same tables without the posts' index, and one step in the history.
        try (Connection connection = EmbeddedDatabase.connect(location);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX post_by_account");
            statement.execute("DELETE FROM reckon_schema_history WHERE version = '2'");
        }
        PostgresDatabase.forgetPrepared(location);

        try (PostgresObservationStore store = PostgresObservationStore.open(location, "d")) {
            assertThat(store.posts(PostFilter.ALL)).containsExactly(post);
        }
        try (Connection connection = EmbeddedDatabase.connect(location);
             Statement statement = connection.createStatement();
             ResultSet index = statement.executeQuery("SELECT to_regclass('post_by_account') IS NOT NULL");
             ResultSet history = connection.createStatement().executeQuery(
                     "SELECT version FROM reckon_schema_history WHERE success ORDER BY installed_rank")) {
            assertThat(index.next() && index.getBoolean(1)).as("the index version 2 adds").isTrue();
            List<String> versions = new java.util.ArrayList<>();
            while (history.next()) {
                versions.add(history.getString(1));
            }
            assertThat(versions).containsExactly("1", "2");
        }
    }
}
