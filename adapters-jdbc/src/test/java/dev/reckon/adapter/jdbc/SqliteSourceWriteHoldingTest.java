package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write holds rows to write them series by series, or, once it saw them come series by series,
 * writes the rest as they come; either way the store keeps what the rows say, in the order each
 * observation first came.
 */
class SqliteSourceWriteHoldingTest {

    private static final SeriesKey VIEWS = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("video_views"), Segment.TOTAL);
    private static final SeriesKey LIKES = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("likes"), Segment.TOTAL);
    private static final SqliteSourceWrite.Holding SMALL = new SqliteSourceWrite.Holding(8, 32);

    @TempDir
    Path folder;

    /** How a reader gives the rows: as observations, or through the sink of each series, kept from row to row. */
    enum Giving { OBSERVATIONS, SERIES_SINKS }

    @ParameterizedTest
    @EnumSource(Giving.class)
    void rowsThatComeSeriesBySeriesAreKeptAsTheySayAfterTheWriteStopsHolding(Giving giving) {
        List<Observation> rows = new ArrayList<>();
        for (int day = 1; day <= 40; day++) {
            rows.add(observation(VIEWS, day, day, rows.size() + 2));
        }
        for (int day = 1; day <= 10; day++) {
            rows.add(observation(LIKES, day, 100 + day, rows.size() + 2));
        }
        rows.add(observation(VIEWS, 1, 999, rows.size() + 2));

        assertKeptAsTheRowsSay(rows, giving);
    }

    @ParameterizedTest
    @EnumSource(Giving.class)
    void rowsThatComeDayByDayAcrossSeriesAreKeptAsTheySayWhileTheWriteHoldsThem(Giving giving) {
        List<Observation> rows = new ArrayList<>();
        for (int revision = 0; revision < 2; revision++) {
            for (int day = 1; day <= 30; day++) {
                rows.add(observation(VIEWS, day, revision * 1000 + day, rows.size() + 2));
                rows.add(observation(LIKES, day, revision * 1000 + 500 + day, rows.size() + 2));
            }
        }

        assertKeptAsTheRowsSay(rows, giving);
    }

    @Test
    void aHoldingNeedsRoomForOneObservationAndCannotChooseBeforeTheFirstRow() {
        assertThatThrownBy(() -> new SqliteSourceWrite.Holding(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqliteSourceWrite.Holding(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Rows of a series held, written, then held again: the later ones come after the earlier ones
     * and replace them, across the writes of what was held (8 at a time).
     */
    @ParameterizedTest
    @EnumSource(Giving.class)
    void rowsOfManySeriesInNoOrderAreKeptAsTheySayAcrossTheWritesOfWhatIsHeld(Giving giving) {
        List<Observation> rows = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int row = 0; row < 200; row++) {
            SeriesKey series = random.nextBoolean() ? VIEWS : LIKES;
            rows.add(observation(series, random.nextInt(1, 40), random.nextInt(1000), rows.size() + 2));
        }

        assertKeptAsTheRowsSay(rows, giving);
    }

    private void assertKeptAsTheRowsSay(List<Observation> rows, Giving giving) {
        Map<SeriesKey, Map<Window, Observation>> expected = new LinkedHashMap<>();
        rows.forEach(o -> expected.computeIfAbsent(o.seriesKey(), k -> new LinkedHashMap<>()).put(o.window(), o));
        try (SqliteObservationStore store = SqliteObservationStore.open(folder.resolve("reckon.db"),
                SqliteObservationStore.DEFAULT_BUSY_TIMEOUT, SMALL)) {
            try (SourceWrite write = store.replaceSource("a.csv")) {
                if (giving == Giving.OBSERVATIONS) {
                    rows.forEach(write::accept);
                } else {
                    giveThroughSeriesSinks(rows, write);
                }
                write.commit(new SourceRecord("a.csv", 1, "", "canonical-csv", Instant.EPOCH, rows.size(), rows.size(), 0));
            }
            for (SeriesKey series : List.of(VIEWS, LIKES)) {
                assertThat(store.find(series).observations()).containsExactlyElementsOf(expected.get(series).values());
            }
        }
    }

    /** Whole numbers as longs, the others as intervals, as the canonical reader gives them. */
    private static void giveThroughSeriesSinks(List<Observation> rows, SourceWrite write) {
        Map<SeriesKey, SeriesSink> sinks = new LinkedHashMap<>();
        ObservationOrigin origin = new ObservationOrigin("a.csv", Optional.empty(), "");
        for (Observation row : rows) {
            SeriesSink sink = sinks.computeIfAbsent(row.seriesKey(), series -> write.series(series, origin));
            long line = row.provenance().line().orElseThrow();
            if (line % 2 == 0) {
                sink.accept(row.window(), row.value().lo().orElseThrow().longValueExact(), line);
            } else {
                sink.accept(row.window(), row.amount(), line);
            }
        }
    }

    private static Observation observation(SeriesKey series, int day, long value, long line) {
        return new Observation(series.subject(), series.platform(), series.metric(),
                Window.ofDay(LocalDate.of(2019, 11, 1).plusDays(day), ZoneOffset.UTC), series.segment(),
                Amount.of(Interval.exactly(value)), Provenance.of("a.csv", line));
    }
}
