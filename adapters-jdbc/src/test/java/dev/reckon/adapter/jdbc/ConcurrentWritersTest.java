package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes importing different sources into one store at the same time: the second waits for
 * the first and both complete, or, when it may not wait that long, it fails with a message that says
 * the store is busy and changes nothing. Either way every committed source is complete.
 */
class ConcurrentWritersTest {

    private static final int SERIES = 1_000;
    private static final int DAYS = 200;
    private static final long ROWS = (long) SERIES * DAYS;

    @TempDir
    Path folder;

    @Test
    void aSecondWriterWaitsForTheFirstAndBothComplete() throws Exception {
        Path file = folder.resolve("reckon.db");
        try (ChildProcess first = ChildProcess.writeAndPause(file, "first.csv", SERIES, DAYS)) {
            first.awaitLine(StoreWriterProcess.WRITING);
            try (ChildProcess second = ChildProcess.write(file, "second.csv", SERIES, DAYS, Duration.ofSeconds(60))) {
                // Time for the second to start and reach the lock; it cannot get past it while the first holds it.
                Thread.sleep(1_500);
                assertThat(second.output()).doesNotContain(StoreWriterProcess.WRITING);
                first.resume();
                assertThat(first.awaitExit()).as(first.output()).isZero();
                assertThat(second.awaitExit()).as(second.output()).isZero();
                assertThat(first.output()).contains(StoreWriterProcess.COMMITTED);
                assertThat(second.output()).contains(StoreWriterProcess.COMMITTED);
            }
        }

        assertThat(RawStore.integrityCheck(file)).isEqualTo("ok");
        assertThat(RawStore.observationsPerSource(file)).isEqualTo(Map.of("first.csv", ROWS, "second.csv", ROWS));
        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            SyntheticObservations second = new SyntheticObservations("second.csv", SERIES, DAYS);
            assertThat(store.find(second.series(SERIES - 1)).observations()).hasSize(2 * DAYS);
            assertThat(store.sources()).extracting(SourceRecord::source).containsExactly("first.csv", "second.csv");
        }
    }

    @Test
    void aSecondWriterThatMayNotWaitFailsWithABusyMessageAndChangesNothing() throws Exception {
        Path file = folder.resolve("reckon.db");
        try (ChildProcess first = ChildProcess.writeAndPause(file, "first.csv", SERIES, DAYS)) {
            first.awaitLine(StoreWriterProcess.WRITING);
            try (ChildProcess impatient = ChildProcess.write(file, "second.csv", SERIES, DAYS, Duration.ofMillis(100))) {
                String failure = impatient.awaitLine(StoreWriterProcess.FAILED);
                assertThat(impatient.awaitExit()).isEqualTo(2);
                assertThat(failure).isEqualTo(StoreWriterProcess.FAILED + "the store " + file + " is busy: another"
                        + " Reckon process has been writing to it for longer than 100 ms, so importing second.csv did"
                        + " not start. Nothing was changed; try again when the other process has finished.");
            }
            first.resume();
            assertThat(first.awaitExit()).as(first.output()).isZero();
        }

        assertThat(RawStore.integrityCheck(file)).isEqualTo("ok");
        assertThat(RawStore.observationsPerSource(file)).isEqualTo(Map.of("first.csv", ROWS));
    }
}
