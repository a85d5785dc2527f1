package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write with more distinct observations than it holds in memory sets full buffers aside in
 * sorted temporary files and merges them at the commit: the store then keeps exactly what a write
 * holding everything keeps, and no temporary file outlives the write, whether it commits, is
 * abandoned or fails.
 */
class SqliteSourceWriteSpillingTest {

    /** Sixteen observations held at once, and never a choice to write rows as they come. */
    private static final SqliteSourceWrite.Holding TINY = new SqliteSourceWrite.Holding(16, Long.MAX_VALUE);
    private static final SqliteSourceWrite.Holding EVERYTHING = new SqliteSourceWrite.Holding(1 << 20, Long.MAX_VALUE);
    private static final List<SeriesKey> SERIES = Stream.of("labour", "conservatives", "greens")
            .flatMap(subject -> Stream.of("likes", "shares").map(metric ->
                    new SeriesKey(Subject.of(subject), Platform.FACEBOOK, new MetricId(metric), Segment.TOTAL)))
            .toList();

    @TempDir
    Path folder;

    @Test
    void rowsInNoOrderOverMoreKeysThanFitAreKeptExactlyAsAWriteHoldingThemAllKeepsThem() throws IOException {
        List<Observation> rows = randomRows("a.csv", 600, 7);

        Map<SeriesKey, List<Observation>> spilled = importAndRead(folder.resolve("spilled"), TINY, Map.of("a.csv", rows));
        Map<SeriesKey, List<Observation>> held = importAndRead(folder.resolve("held"), EVERYTHING, Map.of("a.csv", rows));

        assertThat(spilled).isEqualTo(held).isEqualTo(lastOfEachWindowInFirstComeOrder(rows));
        assertThat(spillFiles(folder.resolve("spilled"))).isEmpty();
    }

    @Test
    void revisionsAcrossFilesStillResolveByTheFilesOrder() {
        Map<String, List<Observation>> files = new LinkedHashMap<>();
        files.put("a.csv", randomRows("a.csv", 300, 11));
        files.put("b.csv", randomRows("b.csv", 300, 12));

        Map<SeriesKey, List<Observation>> spilled = importAndRead(folder.resolve("spilled"), TINY, files);
        Map<SeriesKey, List<Observation>> held = importAndRead(folder.resolve("held"), EVERYTHING, files);

        assertThat(spilled).isEqualTo(held);
        Map<SeriesKey, List<Observation>> expected = new LinkedHashMap<>();
        files.values().forEach(rows -> lastOfEachWindowInFirstComeOrder(rows)
                .forEach((series, kept) -> expected.computeIfAbsent(series, key -> new ArrayList<>()).addAll(kept)));
        assertThat(spilled).isEqualTo(expected);
    }

    @Test
    void anAbandonedWriteLeavesNeitherRowsNorTemporaryFiles() throws Exception {
        Path store = folder.resolve("reckon.db");
        try (SqliteObservationStore opened = SqliteObservationStore.open(store, SqliteObservationStore.DEFAULT_BUSY_TIMEOUT, TINY)) {
            try (SourceWrite write = opened.replaceSource("a.csv")) {
                randomRows("a.csv", 200, 3).forEach(write::accept);
                assertThat(spillFiles(folder)).isNotEmpty();
            }
            assertThat(spillFiles(folder)).isEmpty();
            assertThat(RawStore.observationsPerSource(store)).isEmpty();
        }
    }

    @Test
    void aRunLostBeforeTheCommitFailsTheImportWithAClearMessageAndLeavesTheStoreAsItWas() throws Exception {
        Path store = folder.resolve("reckon.db");
        try (SqliteObservationStore opened = SqliteObservationStore.open(store, SqliteObservationStore.DEFAULT_BUSY_TIMEOUT, TINY)) {
            List<Observation> rows = randomRows("a.csv", 200, 5);
            try (SourceWrite write = opened.replaceSource("a.csv")) {
                rows.forEach(write::accept);
                try (Stream<Path> spilled = spillFiles(folder).stream()) {
                    Files.delete(spilled.findFirst().orElseThrow());
                }
                assertThatThrownBy(() -> write.commit(record("a.csv", rows.size())))
                        .isInstanceOf(ObservationStoreException.class)
                        .hasMessageContaining("importing a.csv into the store " + store)
                        .hasMessageContaining("could not be read")
                        .hasMessageContaining("Nothing of it was kept")
                        .extracting(e -> ((ObservationStoreException) e).withoutLocation()).asString()
                        .doesNotContain(folder.toString());
            }
            assertThat(spillFiles(folder)).isEmpty();
            assertThat(RawStore.observationsPerSource(store)).isEmpty();
            assertThat(opened.sources()).isEmpty();
        }
    }

    @Test
    void theNextWriteDeletesWhatAKilledWriteLeftBesideTheStore() throws Exception {
        Path store = folder.resolve("reckon.db");
        Path leftover = folder.resolve("reckon.db-spill-123.run");
        Path someoneElses = folder.resolve("other.db-spill-123.run");
        try (SqliteObservationStore opened = SqliteObservationStore.open(store)) {
            Files.writeString(leftover, "rows of a killed import");
            Files.writeString(someoneElses, "another store's rows");
            try (SourceWrite write = opened.replaceSource("a.csv")) {
                write.commit(record("a.csv", 0));
            }
        }
        assertThat(leftover).doesNotExist();
        assertThat(someoneElses).exists();
    }

    private static Map<SeriesKey, List<Observation>> importAndRead(Path folder, SqliteSourceWrite.Holding holding,
                                                                   Map<String, List<Observation>> files) {
        try (SqliteObservationStore store = SqliteObservationStore.open(folder.resolve("reckon.db"),
                SqliteObservationStore.DEFAULT_BUSY_TIMEOUT, holding)) {
            files.forEach((name, rows) -> {
                try (SourceWrite write = store.replaceSource(name)) {
                    giveThroughSeriesSinks(name, rows, write);
                    write.commit(record(name, rows.size()));
                }
            });
            Map<SeriesKey, List<Observation>> kept = new LinkedHashMap<>();
            for (SeriesKey series : SERIES) {
                List<Observation> observations = store.find(series).observations();
                if (!observations.isEmpty()) {
                    kept.put(series, observations);
                }
            }
            return kept;
        }
    }

    /** Whole numbers through the series' sinks as longs, the others as amounts, as the canonical reader gives them. */
    private static void giveThroughSeriesSinks(String name, List<Observation> rows, SourceWrite write) {
        Map<SeriesKey, SeriesSink> sinks = new LinkedHashMap<>();
        ObservationOrigin origin = new ObservationOrigin(name, Optional.empty(), "");
        for (Observation row : rows) {
            SeriesSink sink = sinks.computeIfAbsent(row.seriesKey(), series -> write.series(series, origin));
            long line = row.provenance().line().orElseThrow();
            if (row.value().isExact() && row.currency().isEmpty() && row.value().lo().orElseThrow().scale() == 0) {
                sink.accept(row.window(), row.value().lo().orElseThrow().longValueExact(), line);
            } else {
                sink.accept(row.window(), row.amount(), line);
            }
        }
    }

    /**
     * {@code count} rows over a few series and 60 days in no order, so that keys come again and
     * again: whole numbers, decimals, intervals with an open end, and money.
     */
    private static List<Observation> randomRows(String source, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> rows = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            SeriesKey series = SERIES.get(random.nextInt(SERIES.size()));
            Window window = Window.ofDay(LocalDate.of(2019, 11, 1).plusDays(random.nextInt(60)), ZoneOffset.UTC);
            Amount value = switch (random.nextInt(4)) {
                case 0 -> Amount.of(Interval.exactly(BigDecimal.valueOf(random.nextInt(10_000), 2)));
                case 1 -> Amount.of(Interval.atLeast(BigDecimal.valueOf(random.nextInt(1000))));
                case 2 -> new Amount(Interval.exactly(random.nextInt(1000)), Optional.of(Currency.getInstance("GBP")));
                default -> Amount.of(Interval.exactly(random.nextInt(1000)));
            };
            rows.add(new Observation(series.subject(), series.platform(), series.metric(), window, series.segment(),
                    value, Provenance.of(source, row + 2)));
        }
        return rows;
    }

    private static Map<SeriesKey, List<Observation>> lastOfEachWindowInFirstComeOrder(List<Observation> rows) {
        Map<SeriesKey, Map<Window, Observation>> kept = new LinkedHashMap<>();
        rows.forEach(o -> kept.computeIfAbsent(o.seriesKey(), k -> new LinkedHashMap<>()).put(o.window(), o));
        Map<SeriesKey, List<Observation>> bySeries = new LinkedHashMap<>();
        for (SeriesKey series : SERIES) {
            if (kept.containsKey(series)) {
                bySeries.put(series, List.copyOf(kept.get(series).values()));
            }
        }
        return bySeries;
    }

    private static SourceRecord record(String name, long rows) {
        return new SourceRecord(name, 1, "", "canonical-csv", Instant.EPOCH, rows, rows, 0);
    }

    private static List<Path> spillFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().contains("-spill-")).toList();
        }
    }
}
