package dev.reckon.application.service;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.in.CompareSeriesQuery;
import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.comparison.Direction;
import dev.reckon.domain.comparison.Ranking;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompareSeriesServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Period GE2017 = Period.of("ge2017", LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 3), LONDON);
    private static final Period GE2019 = Period.of("ge2019", LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 3), LONDON);

    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private final CompareSeriesService service = new CompareSeriesService(store, MetricCatalogue.builtIn());

    @BeforeEach
    void importViews() {
        try (SourceWrite write = store.replaceSource("views.csv")) {
            daily(write, "labour", GE2017, 100, 200, 300);
            daily(write, "labour", GE2019, 50, 100, 150);
            daily(write, "tories", GE2019, 40, 110, 150);
            write.cover(new Coverage(key("labour"), GE2017.window(), "views.csv"));
            write.commit(new SourceRecord("views.csv", 10, "00", "reckon-csv", Instant.parse("2026-01-01T00:00:00Z"),
                    9, 9, 0));
        }
    }

    @Test
    void twoSeriesGiveAComparison() {
        CompareSeriesResult result = service.compare(CompareSeriesQuery.of(views("labour", GE2019), views("labour", GE2017)));

        assertThat(result).isInstanceOf(CompareSeriesResult.Pair.class);
        var comparison = ((CompareSeriesResult.Pair) result).comparison();
        assertThat(comparison.a().value()).isEqualTo(Interval.exactly(300));
        assertThat(comparison.b().value()).isEqualTo(Interval.exactly(600));
        assertThat(comparison.ratio()).isEqualTo(Interval.exactly("0.5"));
        assertThat(comparison.percentChange()).isEqualTo(Interval.exactly("-0.5"));
        assertThat(comparison.direction()).isEqualTo(Direction.DOWN);
        assertThat(result.values()).extracting(v -> v.query().period().name()).containsExactly("ge2019", "ge2017");
    }

    @Test
    void moreSeriesGiveARankingWithTiesAndMissingSeriesUnranked() {
        CompareSeriesResult result = service.compare(CompareSeriesQuery.of(views("tories", GE2019),
                views("labour", GE2019), views("labour", GE2017), views("greens", GE2019)));

        assertThat(result).isInstanceOf(CompareSeriesResult.Ranked.class);
        Ranking ranking = ((CompareSeriesResult.Ranked) result).ranking();
        assertThat(ranking.entries()).extracting(e -> e.value().query().ref()).containsExactly(
                "video_views{labour,facebook,ge2017}", "video_views{tories,facebook,ge2019}",
                "video_views{labour,facebook,ge2019}");
        assertThat(ranking.entries().get(1).isTied()).isTrue();
        assertThat(ranking.unranked()).extracting(v -> v.status()).containsExactly(SeriesStatus.MISSING);
        assertThat(result.values()).hasSize(4);
    }

    @Test
    void anUnknownMetricComesBackAsAValueNotAnError() {
        SeriesQuery unknown = SeriesQuery.of(new MetricId("vibes"), Subject.of("labour"), Platform.FACEBOOK, GE2019);

        CompareSeriesResult result = service.compare(CompareSeriesQuery.of(unknown, views("labour", GE2019)));

        var comparison = ((CompareSeriesResult.Pair) result).comparison();
        assertThat(comparison.a().status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
        assertThat(comparison.direction()).isEqualTo(Direction.UNDECIDED);
        assertThat(comparison.notes()).anyMatch(note -> note.contains("no metric called 'vibes'"));
    }

    @Test
    void aQueryNeedsAtLeastTwoSeries() {
        assertThatThrownBy(() -> new CompareSeriesQuery(List.of(views("labour", GE2019))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a comparison needs at least two series, but 1 was given");
    }

    @Test
    void theStoredSourceReadsTheStoresCurrentData() {
        StoredSeriesSource source = new StoredSeriesSource(store, MetricCatalogue.builtIn());
        assertThat(source.valueOf(views("labour", GE2019)).value()).isEqualTo(Interval.exactly(300));

        store.removeSource("views.csv");

        assertThat(source.valueOf(views("labour", GE2019)).status()).isEqualTo(SeriesStatus.MISSING);
    }

    private static SeriesQuery views(String subject, Period period) {
        return SeriesQuery.of(new MetricId("video_views"), Subject.of(subject), Platform.FACEBOOK, period);
    }

    private static SeriesKey key(String subject) {
        return new SeriesKey(Subject.of(subject), Platform.FACEBOOK, new MetricId("video_views"), Segment.TOTAL);
    }

    private static void daily(SourceWrite write, String subject, Period period, long... values) {
        for (int i = 0; i < values.length; i++) {
            Window day = Window.ofDay(period.from().plusDays(i), LONDON);
            write.accept(new Observation(Subject.of(subject), Platform.FACEBOOK, new MetricId("video_views"), day, Segment.TOTAL,
                    Amount.of(Interval.exactly(values[i])), Provenance.of("views.csv", i + 2)));
        }
    }
}
