package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.store.codec.EpochNanos;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the SQLite store does beyond the port's contract: its file, its indexes, its locks. */
class StoreFileBehaviourTest {

    @TempDir
    Path folder;

    @Test
    void findingASeriesIsAPointLookupThroughIndexes() throws Exception {
        Path file = folder.resolve("reckon.db");
        SqliteObservationStore.open(file).close();

        assertThat(plan(file, SeriesReader.OBSERVATIONS)).contains(
                "SEARCH k USING COVERING INDEX sqlite_autoindex_series_1 (subject=? AND platform=? AND metric=?"
                        + " AND segment_key=? AND segment_value=?)",
                "SEARCH o USING PRIMARY KEY (series_id=?)",
                "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)",
                "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)");
        assertThat(plan(file, SeriesReader.COVERAGE)).contains("SEARCH c USING PRIMARY KEY (series_id=?)");
    }

    @Test
    void aSourcesRowsAreFoundForDeletionThroughItsSeriesNotByScanningEveryRow() throws Exception {
        Path file = folder.resolve("reckon.db");
        SqliteObservationStore.open(file).close();

        String delete = "DELETE FROM observation WHERE source_id = 1"
                + " AND series_id IN (SELECT series_id FROM source_series WHERE source_id = 1)";
        assertThat(plan(file, delete)).anySatisfy(step -> assertThat(step).startsWith("SEARCH observation USING PRIMARY KEY"))
                .noneSatisfy(step -> assertThat(step).startsWith("SCAN observation"));
    }

    @Test
    void aWriteThatFindsAnotherWriterBusyWaitsNoLongerThanTheTimeoutAndSaysSo() {
        Path file = folder.resolve("reckon.db");
        try (SqliteObservationStore holder = SqliteObservationStore.open(file);
             SqliteObservationStore impatient = SqliteObservationStore.open(file, Duration.ofMillis(50))) {
            try (SourceWrite held = holder.replaceSource("a.csv")) {
                assertThatThrownBy(() -> impatient.replaceSource("b.csv"))
                        .isInstanceOf(ObservationStoreException.class)
                        .hasMessageContaining(" is busy: another Reckon process has been writing to it for longer than"
                                + " 50 ms, so importing b.csv did not start.");
                assertThatThrownBy(() -> impatient.removeSource("a.csv"))
                        .isInstanceOf(ObservationStoreException.class)
                        .hasMessageContaining("so removing a.csv did not start.");
                assertThat(impatient.sources()).as("reading does not wait for the writer").isEmpty();
                held.commit(StoreWriterProcess.record("a.csv", 0));
            }
            try (SourceWrite now = impatient.replaceSource("b.csv")) {
                now.commit(StoreWriterProcess.record("b.csv", 0));
            }
            assertThat(holder.sources()).extracting(r -> r.source()).containsExactly("a.csv", "b.csv");
        }
    }

    @Test
    void aRepeatedKeyReplacesTheEarlierRowInPlaceWhereverTheWriteSendsItToSqlite() {
        SyntheticObservations rows = new SyntheticObservations("a.csv", 1, 200);
        List<Observation> written = new ArrayList<>();
        List<Observation> expected = new ArrayList<>();
        for (long row = 0; row < rows.count(); row++) {
            written.add(rows.at(row));
            expected.add(rows.at(row));
        }
        // Rows go to SQLite 64 to a statement and the rest one by one: repeat a key inside one
        // statement, in the rest after a statement, and within the rest.
        written.add(40, revalued(rows.at(5), 1));
        written.add(revalued(rows.at(150), 2));
        written.add(revalued(rows.at(199), 3));
        expected.set(5, revalued(rows.at(5), 1));
        expected.set(150, revalued(rows.at(150), 2));
        expected.set(199, revalued(rows.at(199), 3));

        try (SqliteObservationStore store = SqliteObservationStore.open(folder.resolve("reckon.db"))) {
            try (SourceWrite write = store.replaceSource("a.csv")) {
                written.forEach(write::accept);
                write.commit(StoreWriterProcess.record("a.csv", written.size()));
            }

            assertThat(store.find(rows.series(0)).observations()).containsExactlyElementsOf(expected);
        }
    }

    private static Observation revalued(Observation o, long value) {
        return new Observation(o.subject(), o.platform(), o.metric(), o.window(), o.segment(), new Amount(Interval.exactly(value), o.currency()), o.provenance());
    }

    @Test
    void aTimeTheStoreCannotKeepIsRefusedWhenAcceptedAndTheWriteGoesOn() {
        SyntheticObservations rows = new SyntheticObservations("a.csv", 1, 3);
        Observation tooLate = new Observation(Subject.of("jc"), Platform.WEB, new MetricId("posts"),
                Window.at(Instant.parse("2300-01-01T00:00:00Z")), Segment.TOTAL, Amount.of(Interval.exactly(1)),
                Provenance.of("a.csv", 9));
        try (SqliteObservationStore store = SqliteObservationStore.open(folder.resolve("reckon.db"))) {
            try (SourceWrite write = store.replaceSource("a.csv")) {
                write.accept(rows.at(0));
                assertThatThrownBy(() -> write.accept(tooLate)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("2300-01-01T00:00:00Z is outside");
                write.accept(rows.at(1));
                write.commit(StoreWriterProcess.record("a.csv", 3));
            }

            assertThat(store.find(rows.series(0)).observations()).containsExactly(rows.at(0), rows.at(1));
        }
    }

    @Test
    void timesKeepTheirNanosecondsAndValuesTheirDigits() {
        Instant start = Instant.parse("2024-09-27T23:59:59.123456789Z");
        Observation precise = new Observation(Subject.of("jc"), Platform.YOUTUBE, new MetricId("views"),
                new Window(start, start.plusNanos(1)), Segment.of("city", "Stoke-on-Trent"),
                Amount.of(Interval.of(new BigDecimal("0.00000000000000000001"), new BigDecimal("123456789012345678901234567890.5"))), new Provenance("yt.csv", 3, Optional.of(start), "i"));
        Observation unbounded = new Observation(Subject.of("jc"), Platform.YOUTUBE, new MetricId("views"),
                Window.at(start.plusSeconds(1)), Segment.of("city", "Stoke-on-Trent"),
                Amount.of(Interval.atMost(new BigDecimal("-1E+3"))), Provenance.of("yt.csv", 4));
        try (SqliteObservationStore store = SqliteObservationStore.open(folder.resolve("reckon.db"))) {
            try (SourceWrite write = store.replaceSource("yt.csv")) {
                write.accept(precise);
                write.accept(unbounded);
                write.commit(StoreWriterProcess.record("yt.csv", 2));
            }

            assertThat(store.find(precise.seriesKey()).observations()).containsExactly(precise, unbounded);
        }
    }

    @Test
    void aClosedStoreCannotBeRead() {
        SqliteObservationStore store = SqliteObservationStore.open(folder.resolve("reckon.db"));
        store.close();

        assertThatThrownBy(store::sources).isInstanceOf(IllegalStateException.class).hasMessageEndingWith("is closed");
    }

    @Test
    void instantsAreKeptFrom1677To2262AndRefusedOutside() {
        assertThat(EpochNanos.toInstant(EpochNanos.of(EpochNanos.EARLIEST))).isEqualTo(EpochNanos.EARLIEST);
        assertThat(EpochNanos.toInstant(EpochNanos.of(EpochNanos.LATEST))).isEqualTo(EpochNanos.LATEST);
        assertThat(EpochNanos.of(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo(-500_000_000L);
        assertThatThrownBy(() -> EpochNanos.of(EpochNanos.EARLIEST.minusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the store keeps times from 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z;"
                        + " 1677-09-21T00:12:43.145224191Z is outside");
        assertThatThrownBy(() -> EpochNanos.of(Instant.parse("2300-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> plan(Path file, String sql) throws Exception {
        List<String> steps = new ArrayList<>();
        try (Connection connection = RawStore.connect(file);
             PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setString(i, "x");
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getString("detail"));
                }
            }
        }
        return steps;
    }

    @Test
    void theBusyMessageForClientsOfTheApiDoesNotNameTheStoresPath() {
        Path file = folder.resolve("reckon.db");
        try (SqliteObservationStore holder = SqliteObservationStore.open(file);
             SqliteObservationStore impatient = SqliteObservationStore.open(file, Duration.ofMillis(50));
             SourceWrite held = holder.replaceSource("a.csv")) {
            assertThatThrownBy(() -> impatient.replaceSource("b.csv"))
                    .isInstanceOfSatisfying(ObservationStoreException.class, busy -> {
                        assertThat(busy.getMessage()).contains(file.toAbsolutePath().toString());
                        assertThat(busy.withoutLocation()).startsWith("the store is busy: another Reckon process")
                                .doesNotContain(folder.toString());
                    });
            held.commit(StoreWriterProcess.record("a.csv", 0));
        }
    }
}
