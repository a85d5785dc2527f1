package dev.reckon.columnar;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationBufferTest {

    private static final SeriesKey VIEWS = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("video_views"), Segment.TOTAL);
    private static final SeriesKey LIKES = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("likes"), Segment.TOTAL);
    private final ObservationBuffer buffer = new ObservationBuffer();

    @Test
    void holdsOneObservationPerSeriesAndWindowAndGivesThemSeriesBySeriesInTheOrderTheyCame() {
        ObservationBuffer.ColumnsOfSeries likes = buffer.series(LIKES, "a.csv", Optional.empty(), "import-1");
        likes.accept(day(2), 20, 2);
        buffer.accept(observation(VIEWS, 1, 100, 3));
        likes.accept(day(1), 10, 4);
        ObservationBuffer.ColumnsOfSeries views = buffer.series(VIEWS, "a.csv", Optional.empty(), "import-1");
        views.accept(day(1), 110, 5);
        likes.accept(day(2), 21, 6);

        assertThat(buffer.size()).isEqualTo(3);
        buffer.close();
        List<Map.Entry<SeriesKey, Observation>> given = new ArrayList<>();
        buffer.forEach((series, observation) -> given.add(Map.entry(series, observation)));

        assertThat(given).containsExactly(
                Map.entry(LIKES, observation(LIKES, 2, 21, 6)),
                Map.entry(LIKES, observation(LIKES, 1, 10, 4)),
                Map.entry(VIEWS, observation(VIEWS, 1, 110, 5)));
    }

    @Test
    void keepsEqualCoverageOnce() {
        Coverage month = new Coverage(VIEWS, Window.ofDays(LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31), ZoneOffset.UTC), "a.csv");
        buffer.cover(month);
        buffer.cover(month);
        buffer.close();

        assertThat(buffer.coverage()).containsExactly(month);
    }

    @Test
    void takesNothingOnceClosedAndIsReadOnlyOnceClosed() {
        ObservationBuffer.ColumnsOfSeries views = buffer.series(VIEWS, "a.csv", Optional.empty(), "import-1");
        assertThatThrownBy(() -> buffer.forEach((series, observation) -> { })).isInstanceOf(IllegalStateException.class);
        buffer.close();

        assertThatThrownBy(() -> views.accept(day(1), 1, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> buffer.accept(observation(VIEWS, 1, 1, 2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> buffer.series(VIEWS, "a.csv", Optional.empty(), "import-1")).isInstanceOf(IllegalStateException.class);
        assertThat(buffer.size()).isZero();
    }

    private static Window day(int dayOfDecember) {
        return Window.ofDay(LocalDate.of(2019, 12, dayOfDecember), ZoneOffset.UTC);
    }

    private static Observation observation(SeriesKey series, int dayOfDecember, long value, long line) {
        return new Observation(series.subject(), series.platform(), series.metric(), day(dayOfDecember), series.segment(),
                Amount.of(Interval.exactly(value)), new Provenance("a.csv", line, Optional.empty(), "import-1"));
    }
}
