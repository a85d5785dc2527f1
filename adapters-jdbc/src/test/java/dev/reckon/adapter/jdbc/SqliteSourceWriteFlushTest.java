package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write flushed while the caller hashes the file (SourceWrite#flush) writes its held or spilled
 * rows into the transaction early: readers still see none of them before the commit, later rows of
 * the same import still revise the rows flushed (keeping their position), and a write closed
 * after a flush leaves the store as it was. Each way of holding rows is tried.
 */
class SqliteSourceWriteFlushTest {

    /** The ways a write holds rows before writing them. */
    enum Holding {
        /** Everything held until the flush. */
        HELD(new SqliteSourceWrite.Holding(1 << 20, Long.MAX_VALUE)),
        /** Sixteen held at once: the rest spilled to sorted runs, merged at the flush. */
        SPILLED(new SqliteSourceWrite.Holding(16, Long.MAX_VALUE)),
        /** Nothing held: every row written as it comes. */
        AS_THEY_COME(SqliteSourceWrite.Holding.NONE);

        final SqliteSourceWrite.Holding holding;

        Holding(SqliteSourceWrite.Holding holding) {
            this.holding = holding;
        }
    }

    private static final SeriesKey VIEWS = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK,
            new MetricId("views"), Segment.TOTAL);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Holding.class)
    void rowsAfterAFlushReviseTheRowsFlushedAndNothingIsVisibleBeforeTheCommit(Holding holding) {
        try (SqliteObservationStore store = open(holding)) {
            try (SourceWrite write = store.replaceSource("views.csv")) {
                write.accept(views(1, 10, 2));
                write.accept(views(2, 20, 3));
                write.flush();

                assertThat(store.find(VIEWS).observations()).isEmpty();

                write.accept(views(1, 11, 4)); // revises a row flushed
                write.accept(views(3, 30, 5));
                write.flush();
                write.accept(views(2, 21, 6)); // revises a row the first flush wrote
                write.commit(record(5));
            }

            assertThat(store.find(VIEWS).observations())
                    .containsExactly(views(1, 11, 4), views(2, 21, 6), views(3, 30, 5));
        }
    }

    @ParameterizedTest
    @EnumSource(Holding.class)
    void aWriteClosedAfterAFlushLeavesTheStoreAsItWas(Holding holding) throws IOException {
        try (SqliteObservationStore store = open(holding)) {
            try (SourceWrite write = store.replaceSource("views.csv")) {
                write.accept(views(1, 10, 2));
                write.commit(record(1));
            }
            try (SourceWrite write = store.replaceSource("views.csv")) {
                randomViews(200, 3).forEach(write::accept);
                write.flush();
            }

            assertThat(store.find(VIEWS).observations()).containsExactly(views(1, 10, 2));
            assertThat(spillFiles()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Holding.class)
    void rowsInNoOrderFlushedHalfWayAreKeptAsTheLastOfEachWindowInTheOrderWindowsFirstCame(Holding holding)
            throws IOException {
        List<Observation> rows = randomViews(400, 7);
        try (SqliteObservationStore store = open(holding)) {
            try (SourceWrite write = store.replaceSource("views.csv")) {
                rows.subList(0, 250).forEach(write::accept);
                write.flush();
                assertThat(spillFiles()).isEmpty(); // the runs were merged into the table
                rows.subList(250, rows.size()).forEach(write::accept);
                write.commit(record(rows.size()));
            }

            Map<Window, Observation> lastOfEachWindow = new LinkedHashMap<>();
            rows.forEach(row -> lastOfEachWindow.put(row.window(), row));
            assertThat(store.find(VIEWS).observations()).containsExactlyElementsOf(lastOfEachWindow.values());
        }
    }

    private SqliteObservationStore open(Holding holding) {
        return SqliteObservationStore.open(folder.resolve("reckon.db"), SqliteObservationStore.DEFAULT_BUSY_TIMEOUT,
                holding.holding);
    }

    private static Observation views(int day, long value, long line) {
        return new Observation(VIEWS.subject(), VIEWS.platform(), VIEWS.metric(),
                Window.ofDay(LocalDate.of(2019, 11, day), ZoneOffset.UTC), VIEWS.segment(), Amount.exactly(value),
                Provenance.of("views.csv", line));
    }

    /** {@code count} rows over 60 days in no order, so that windows come again and again. */
    private static List<Observation> randomViews(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> rows = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            Window window = Window.ofDay(LocalDate.of(2019, 11, 1).plusDays(random.nextInt(60)), ZoneOffset.UTC);
            rows.add(new Observation(VIEWS.subject(), VIEWS.platform(), VIEWS.metric(), window, VIEWS.segment(),
                    Amount.exactly(random.nextInt(1000)), Provenance.of("views.csv", row + 2)));
        }
        return rows;
    }

    private static SourceRecord record(long rows) {
        return new SourceRecord("views.csv", 1, "", "canonical-csv", Instant.EPOCH, rows, rows, 0);
    }

    private List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().contains("-spill-")).toList();
        }
    }
}
