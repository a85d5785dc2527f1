package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.post.PostMetricValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a file brings it to the current schema version, whatever it held before, or refuses it.
 * A file without Reckon's tables (new, empty or someone else's) is version 0 and gets every
 * migration; a file at an earlier version, written here by hand as that version's code wrote it,
 * gets the steps above it and keeps its data.
 */
class SchemaMigrationTest {

    private static final List<String> TABLES =
            List.of("claim", "coverage", "observation", "post_block", "post_block_value", "provenance", "schema_version",
                    "series", "source", "source_series");

    @TempDir
    Path folder;

    @Test
    void aStoreIsCreatedWithItsFoldersAtTheCurrentVersion() throws Exception {
        Path file = folder.resolve("dossier/.reckon/reckon.db");

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            assertThat(store.path()).isEqualTo(file.toAbsolutePath());
        }

        assertThat(file).exists();
        assertThat(RawStore.column(file, "SELECT version FROM schema_version")).containsExactly(String.valueOf(Schema.CURRENT_VERSION));
        assertThat(tables(file)).containsExactlyElementsOf(TABLES);
        assertThat(RawStore.column(file, "PRAGMA journal_mode")).containsExactly("wal");
    }

    @Test
    void anEmptyFileIsInitialised() throws Exception {
        Path file = folder.resolve("reckon.db");
        Files.createFile(file);

        SqliteObservationStore.open(file).close();

        assertThat(RawStore.column(file, "SELECT version FROM schema_version")).containsExactly(String.valueOf(Schema.CURRENT_VERSION));
        assertThat(tables(file)).containsExactlyElementsOf(TABLES);
    }

    @Test
    void aDatabaseWithoutTheVersionTableIsInitialisedAndKeepsWhatItHad() throws Exception {
        Path file = folder.resolve("reckon.db");
        RawStore.execute(file, "CREATE TABLE notes (text TEXT)", "INSERT INTO notes VALUES ('kept')");

        SqliteObservationStore.open(file).close();

        assertThat(RawStore.column(file, "SELECT version FROM schema_version")).containsExactly(String.valueOf(Schema.CURRENT_VERSION));
        assertThat(RawStore.column(file, "SELECT text FROM notes")).containsExactly("kept");
    }

    @Test
    void aStoreAtTheCurrentVersionIsOpenedAsItIsWithItsData() throws Exception {
        Path file = folder.resolve("reckon.db");
        SourceRecord record = StoreWriterProcess.record("a.csv", 1);
        SyntheticObservations rows = new SyntheticObservations("a.csv", 1, 1);
        writeOne(file, record, rows);

        try (SqliteObservationStore reopened = SqliteObservationStore.open(file)) {
            assertThat(reopened.sources()).containsExactly(record);
            assertThat(reopened.find(rows.series(0)).observations()).containsExactly(rows.at(0));
        }
        assertThat(RawStore.column(file, "SELECT version FROM schema_version")).containsExactly(String.valueOf(Schema.CURRENT_VERSION));
    }

    @Test
    void aFileAtVersionOneGainsImportFingerprintsAndReportsAndKeepsItsData() throws Exception {
        Path file = folder.resolve("reckon.db");
        List<String> versionOne = new java.util.ArrayList<>(List.of(
                "CREATE TABLE schema_version (version INTEGER NOT NULL)", "INSERT INTO schema_version VALUES (1)"));
        versionOne.addAll(Schema.MIGRATIONS.get(0).statements());
        versionOne.add("INSERT INTO source (name, size_bytes, content_hash, format, imported_at, rows_read,"
                + " rows_accepted, rows_rejected) VALUES ('a.csv', 120, 'ab', 'reckon-csv', 0, 3, 3, 0)");
        RawStore.execute(file, versionOne.toArray(String[]::new));

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            // No fingerprint and no report: the next check imports a.csv again.
            assertThat(store.sources()).containsExactly(new SourceRecord("a.csv", 120, "ab", "reckon-csv",
                    java.time.Instant.EPOCH, 3, 3, 0, "", java.util.Optional.empty()));
        }
        assertThat(RawStore.column(file, "SELECT version FROM schema_version"))
                .containsExactly(String.valueOf(Schema.CURRENT_VERSION));
    }

    @Test
    void aFileAtVersionThreeGainsPostsInPlaceAndKeepsItsObservations() throws Exception {
        Path file = folder.resolve("reckon.db");
        SourceRecord record = StoreWriterProcess.record("a.csv", 1);
        SyntheticObservations rows = new SyntheticObservations("a.csv", 1, 1);
        writeOne(file, record, rows);
        // Back to the file version 3's code left: without the post table or file stamps, at version 3.
        RawStore.execute(file, "DROP TABLE post_block_value", "DROP TABLE post_block", "ALTER TABLE source DROP COLUMN file_stamp",
                "UPDATE schema_version SET version = 3",
                "UPDATE source SET import_fingerprint = 'fingerprint-of-version-3'");

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            // Its files are imported again once, to gain the posts they hold.
            assertThat(store.sources()).extracting(SourceRecord::importFingerprint).containsExactly("");
            assertThat(store.find(rows.series(0)).observations()).containsExactly(rows.at(0));
            assertThat(store.posts(PostFilter.ALL)).isEmpty();
            Post post = new Post(new PostId(Platform.TWITTER, "1"), Subject.of("labour"),
                    java.time.Instant.parse("2017-01-05T10:00:00Z"), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Map.of(new MetricId("post_impressions"), Interval.exactly(7)), Provenance.of("b.csv", 2));
            try (SourceWrite write = store.replaceSource("b.csv")) {
                write.post(post);
                write.commit(StoreWriterProcess.record("b.csv", 2));
            }
            assertThat(store.posts(PostFilter.ALL)).containsExactly(post);
        }
        assertThat(RawStore.column(file, "SELECT version FROM schema_version"))
                .containsExactly(String.valueOf(Schema.CURRENT_VERSION));
    }

    @Test
    void aFileAtVersionFourGainsFileStampsInPlaceAndKeepsItsRecords() throws Exception {
        Path file = folder.resolve("reckon.db");
        SourceRecord record = StoreWriterProcess.record("a.csv", 1);
        SyntheticObservations rows = new SyntheticObservations("a.csv", 1, 1);
        writeOne(file, record, rows);
        // Back to what version 4's code left: no file_stamp column (SQLite 3.35+ drops a column).
        RawStore.execute(file, "ALTER TABLE source DROP COLUMN file_stamp", "DROP TABLE post_block_value",
                "DROP TABLE post_block", POST_TABLE_OF_VERSIONS_4_AND_5, "UPDATE schema_version SET version = 4");

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            // Without a stamp the next check hashes a.csv, then stamps it; nothing is imported again.
            assertThat(store.sources()).containsExactly(record);
            assertThat(store.find(rows.series(0)).observations()).containsExactly(rows.at(0));
        }
        assertThat(RawStore.column(file, "SELECT version FROM schema_version"))
                .containsExactly(String.valueOf(Schema.CURRENT_VERSION));
    }

    @Test
    void aFileAtVersionFiveKeepsItsPostsThroughBothLaterLayouts() throws Exception {
        Path file = folder.resolve("reckon.db");
        withProvenanceOf(file, "b.csv");
        // Version 5's table (as versions 4 and 5 wrote it): keyed by source and id, a row per post.
        RawStore.execute(file, "DROP TABLE post_block_value", "DROP TABLE post_block", POST_TABLE_OF_VERSIONS_4_AND_5,
                "INSERT INTO post SELECT source_id, 'twitter', '1', 0, 'labour', " + JAN_5 + ", 'Photo', NULL,"
                        + " 'Vote today', 'post_impressions=7', id, 2 FROM provenance",
                "UPDATE schema_version SET version = 5");

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            assertThat(store.posts(PostFilter.ALL)).containsExactly(tweet("1", 7, 2));
            assertThat(store.postValues(impressionsOfJanuary()))
                    .extracting(PostMetricValue::value).containsExactly(Interval.exactly(7));
        }
        assertThat(tables(file)).containsExactlyElementsOf(TABLES);
    }

    @Test
    void aFileAtVersionSixHasItsPostsRewrittenAsBlocksInPlace() throws Exception {
        Path file = folder.resolve("reckon.db");
        withProvenanceOf(file, "b.csv");
        // Version 6's table: a row per post keyed by account and time, its values one text. Post 1
        // is there twice (the source gave it again, moved by a minute): the later row counts.
        RawStore.execute(file, "DROP TABLE post_block_value", "DROP TABLE post_block", """
                CREATE TABLE post (subject TEXT NOT NULL, platform TEXT NOT NULL, created_at BIGINT NOT NULL,
                    source_id INTEGER NOT NULL REFERENCES source (id), post_id TEXT NOT NULL, seq BIGINT NOT NULL,
                    type TEXT, permalink TEXT, preview TEXT, post_values TEXT NOT NULL,
                    provenance_id INTEGER NOT NULL REFERENCES provenance (id), line BIGINT NOT NULL,
                    PRIMARY KEY (subject, platform, created_at, source_id, post_id)) WITHOUT ROWID""",
                "CREATE INDEX post_source ON post (source_id)",
                "INSERT INTO post SELECT 'labour', 'twitter', " + JAN_5 + ", source_id, '1', 0, 'Photo', NULL,"
                        + " 'Vote today', 'post_impressions=7', id, 2 FROM provenance",
                "INSERT INTO post SELECT 'labour', 'twitter', " + (JAN_5 + 60_000_000_000L) + ", source_id, '2', 1,"
                        + " NULL, 'https://twitter.com/x/status/2', NULL,"
                        + " 'post_engagement_rate=0.0335..0.0345;post_impressions=12', id, 3 FROM provenance",
                "INSERT INTO post SELECT 'labour', 'twitter', " + (JAN_5 - 60_000_000_000L) + ", source_id, '1', 2,"
                        + " 'Photo', NULL, 'Vote today', 'post_impressions=9', id, 4 FROM provenance",
                "UPDATE schema_version SET version = 6");

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            Post second = new Post(new PostId(Platform.TWITTER, "2"), Subject.of("labour"),
                    java.time.Instant.parse("2017-01-05T10:01:00Z"), java.util.Optional.empty(),
                    java.util.Optional.of("https://twitter.com/x/status/2"), java.util.Optional.empty(),
                    java.util.Map.of(new MetricId("post_engagement_rate"), Interval.of("0.0335", "0.0345"),
                            new MetricId("post_impressions"), Interval.exactly(12)), Provenance.of("b.csv", 3));
            Post moved = new Post(new PostId(Platform.TWITTER, "1"), Subject.of("labour"),
                    java.time.Instant.parse("2017-01-05T09:59:00Z"), java.util.Optional.of("Photo"),
                    java.util.Optional.empty(), java.util.Optional.of("Vote today"),
                    java.util.Map.of(new MetricId("post_impressions"), Interval.exactly(9)), Provenance.of("b.csv", 4));
            assertThat(store.posts(PostFilter.ALL)).containsExactly(moved, second);
            assertThat(store.postValues(impressionsOfJanuary())).extracting(PostMetricValue::value)
                    .containsExactlyInAnyOrder(Interval.exactly(9), Interval.exactly(12));
        }
        assertThat(tables(file)).containsExactlyElementsOf(TABLES);
        assertThat(RawStore.column(file, "SELECT version FROM schema_version"))
                .containsExactly(String.valueOf(Schema.CURRENT_VERSION));
        assertThat(RawStore.integrityCheck(file)).isEqualTo("ok");
    }

    private static final String POST_TABLE_OF_VERSIONS_4_AND_5 = """
            CREATE TABLE post (source_id INTEGER NOT NULL REFERENCES source (id), platform TEXT NOT NULL,
                post_id TEXT NOT NULL, seq BIGINT NOT NULL, subject TEXT NOT NULL, created_at BIGINT NOT NULL,
                type TEXT, permalink TEXT, preview TEXT, post_values TEXT NOT NULL,
                provenance_id INTEGER NOT NULL REFERENCES provenance (id), line BIGINT NOT NULL,
                PRIMARY KEY (source_id, platform, post_id)) WITHOUT ROWID""";

    /** 2017-01-05T10:00:00Z as the store keeps times. */
    private static final long JAN_5 = 1_483_610_400_000_000_000L;

    /** A store in {@code file} with one provenance row, of {@code source}'s import, and no posts. */
    private static void withProvenanceOf(Path file, String source) {
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            try (SourceWrite write = store.replaceSource(source)) {
                write.post(tweet("0", 1, 1));
                write.commit(StoreWriterProcess.record(source, 2));
            }
        }
    }

    private static Post tweet(String id, long impressions, long line) {
        return new Post(new PostId(Platform.TWITTER, id), Subject.of("labour"),
                java.time.Instant.parse("2017-01-05T10:00:00Z"), java.util.Optional.of("Photo"),
                java.util.Optional.empty(), java.util.Optional.of("Vote today"),
                java.util.Map.of(new MetricId("post_impressions"), Interval.exactly(impressions)), Provenance.of("b.csv", line));
    }

    private static PostFilter impressionsOfJanuary() {
        return PostFilter.of(Subject.of("labour"), Platform.TWITTER, new MetricId("post_impressions"),
                new dev.reckon.domain.observation.Window(java.time.Instant.parse("2017-01-01T00:00:00Z"),
                        java.time.Instant.parse("2017-02-01T00:00:00Z")));
    }

    @Test
    void aFileFromANewerReckonIsRefusedAndLeftAlone() throws Exception {
        Path file = folder.resolve("reckon.db");
        RawStore.execute(file, "CREATE TABLE schema_version (version INTEGER NOT NULL)",
                "INSERT INTO schema_version VALUES (99)", "CREATE TABLE future (x TEXT)");

        assertThatThrownBy(() -> SqliteObservationStore.open(file))
                .isInstanceOfSatisfying(NewerStoreVersionException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath());
                    assertThat(e.fileVersion()).isEqualTo(99);
                    assertThat(e.supportedVersion()).isEqualTo(Schema.CURRENT_VERSION);
                })
                .hasMessage(file.toAbsolutePath() + " was written by a newer version of Reckon (store version 99);"
                        + " this version reads store versions up to " + Schema.CURRENT_VERSION + ". Use the newer Reckon, or delete the file and"
                        + " Reckon rebuilds it from the dossier's files.");

        assertThat(RawStore.column(file, "SELECT version FROM schema_version")).containsExactly("99");
        assertThat(tables(file)).containsExactly("future", "schema_version");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAMessage() throws Exception {
        Path file = folder.resolve("reckon.db");
        Files.writeString(file, "subject,platform,metric\n".repeat(200));

        assertThatThrownBy(() -> SqliteObservationStore.open(file))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessage(file.toAbsolutePath() + " is not a Reckon store (it is not an SQLite database). Move it"
                        + " away and Reckon makes a new store there.");
        assertThat(Files.readString(file)).startsWith("subject,platform,metric\n");
    }

    @Test
    void aFileWhereTheStoresFolderShouldBeIsReported() throws Exception {
        Files.writeString(folder.resolve(".reckon"), "not a folder");
        Path file = folder.resolve(".reckon/reckon.db");

        assertThatThrownBy(() -> SqliteObservationStore.open(file))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessage("cannot create the folder " + file.getParent().toAbsolutePath() + " for the store: "
                        + folder.resolve(".reckon").toAbsolutePath() + " is a file, not a folder");
    }

    @Test
    void migrationsAreNumberedOneByOneFromOne() {
        assertThat(Schema.MIGRATIONS).extracting(Migration::version)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, Schema.CURRENT_VERSION).boxed().toList());
    }

    /** A store in {@code file} holding the first of {@code rows} as {@code record}'s. */
    private static void writeOne(Path file, SourceRecord record, SyntheticObservations rows) {
        try (SqliteObservationStore store = SqliteObservationStore.open(file);
             SourceWrite write = store.replaceSource(record.source())) {
            write.accept(rows.at(0));
            write.commit(record);
        }
    }

    private static List<String> tables(Path file) throws Exception {
        return RawStore.column(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    }
}
