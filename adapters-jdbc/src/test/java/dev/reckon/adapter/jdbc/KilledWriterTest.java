package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A writer killed with SIGKILL in the middle of a large import, after SQLite has already moved
 * part of it into the file's write-ahead log, leaves the store intact and without any of it.
 */
class KilledWriterTest {

    /** Two million observations: far more than fit in a writer's page cache, so they spill to the WAL. */
    private static final int SERIES = 2_000;
    private static final int DAYS = 1_000;
    /** Uncommitted pages on disk before the kill: proof the kill hits a write SQLite has started storing. */
    private static final long SPILLED_BYTES = 8L * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void aWriterKilledMidImportLeavesTheStoreIntactWithNoneOfItsRows() throws Exception {
        Path file = folder.resolve(".reckon/reckon.db");
        SyntheticObservations earlier = new SyntheticObservations("earlier.csv", 50, 20);
        SyntheticObservations firstBig = new SyntheticObservations("big.csv", 10, 10);
        List<Observation> earlierRows = rowsOf(earlier);
        List<Observation> firstBigRows = rowsOf(firstBig);
        SourceRecord earlierRecord = StoreWriterProcess.record("earlier.csv", earlier.count());
        SourceRecord firstBigRecord = StoreWriterProcess.record("big.csv", firstBig.count());
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            write(store, earlierRecord, earlierRows);
            write(store, firstBigRecord, firstBigRows);
        }

        try (ChildProcess child = ChildProcess.write(file, "big.csv", SERIES, DAYS, Duration.ofSeconds(30))) {
            child.awaitLine(StoreWriterProcess.WRITING);
            awaitSpill(file.resolveSibling("reckon.db-wal"), child);
            assertThat(child.isAlive()).as("the child is still importing when killed").isTrue();
            child.kill();
            assertThat(child.output()).doesNotContain(StoreWriterProcess.COMMITTED);
        }

        assertThat(RawStore.integrityCheck(file)).isEqualTo("ok");
        assertThat(RawStore.observationsPerSource(file))
                .isEqualTo(Map.of("earlier.csv", earlier.count(), "big.csv", firstBig.count()));
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            assertThat(store.sources()).containsExactly(firstBigRecord, earlierRecord);
            assertThat(store.find(earlier.series(30)).observations()).isEqualTo(rowsOfSeries(earlier, 30));
            // Both sources have series 7: imported at the same moment, big.csv comes first by name.
            List<Observation> both = new ArrayList<>(rowsOfSeries(firstBig, 7));
            both.addAll(rowsOfSeries(earlier, 7));
            assertThat(store.find(firstBig.series(7)).observations()).isEqualTo(both);
            SeriesKey onlyInTheKilledImport = new SyntheticObservations("big.csv", SERIES, DAYS).series(SERIES - 1);
            assertThat(store.find(onlyInTheKilledImport).observations()).isEmpty();
        }
    }

    /**
     * Killed at some moment from early in the import to after its commit, the store holds either
     * the source's previous rows or all of its new ones, never a part, and its file is sound.
     */
    @ParameterizedTest(name = "killed {0} ms after it began writing")
    @ValueSource(ints = {0, 300, 700, 1_200, 2_000, 5_000})
    void whenEverAWriterIsKilledTheStoreHoldsAllOrNoneOfItsImport(int delayMillis) throws Exception {
        Path file = folder.resolve("reckon.db");
        SyntheticObservations before = new SyntheticObservations("big.csv", 3, 10);
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            write(store, StoreWriterProcess.record("big.csv", before.count()), rowsOf(before));
        }
        int series = 300;
        int days = 1_000;

        boolean committed;
        try (ChildProcess child = ChildProcess.write(file, "big.csv", series, days, Duration.ofSeconds(30))) {
            child.awaitLine(StoreWriterProcess.WRITING);
            Thread.sleep(delayMillis);
            child.kill();
            committed = child.output().contains(StoreWriterProcess.COMMITTED);
        }

        assertThat(RawStore.integrityCheck(file)).isEqualTo("ok");
        long stored = RawStore.observationsPerSource(file).get("big.csv");
        if (committed) {
            assertThat(stored).isEqualTo((long) series * days);
        } else {
            assertThat(stored).isIn(before.count(), (long) series * days);
        }
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            long expected = stored == before.count() ? before.count() : (long) series * days;
            assertThat(store.source("big.csv")).map(SourceRecord::rowsRead).contains(expected);
        }
    }

    /** Waits until the WAL holds more than {@link #SPILLED_BYTES}: rows of the running import. */
    private static void awaitSpill(Path wal, ChildProcess child) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (size(wal) < SPILLED_BYTES) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the import never spilled to the WAL; child output:\n" + child.output());
            }
            Thread.sleep(20);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException vanished) {
            return 0;
        }
    }

    private static void write(SqliteObservationStore store, SourceRecord record, List<Observation> rows) {
        try (SourceWrite write = store.replaceSource(record.source())) {
            rows.forEach(write::accept);
            write.commit(record);
        }
    }

    private static List<Observation> rowsOf(SyntheticObservations rows) {
        List<Observation> all = new ArrayList<>();
        for (long row = 0; row < rows.count(); row++) {
            all.add(rows.at(row));
        }
        return all;
    }

    private static List<Observation> rowsOfSeries(SyntheticObservations rows, int series) {
        return rowsOf(rows).stream().filter(o -> o.seriesKey().equals(rows.series(series))).toList();
    }
}
