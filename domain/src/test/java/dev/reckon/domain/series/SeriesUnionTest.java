package dev.reckon.domain.series;

import static dev.reckon.domain.series.SeriesFixtures.LEEDS;
import static dev.reckon.domain.series.SeriesFixtures.STOKE;
import static dev.reckon.domain.series.SeriesFixtures.aggregate;
import static dev.reckon.domain.series.SeriesFixtures.day;
import static dev.reckon.domain.series.SeriesFixtures.dec;
import static dev.reckon.domain.series.SeriesFixtures.metric;
import static dev.reckon.domain.series.SeriesFixtures.obs;
import static dev.reckon.domain.series.SeriesFixtures.period;
import static dev.reckon.domain.series.SeriesFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesUnionTest {

    private static final Period DAYS = period(dec(1), dec(2));

    @Test
    void additiveSegmentsAddUpAndTheQueryNamesThemAll() {
        SeriesValue stoke = segment("video_views", STOKE, 300, 100);
        SeriesValue leeds = segment("video_views", LEEDS, 200, 50);

        SeriesValue union = SeriesAggregator.union(List.of(stoke, leeds), metric("video_views"));

        assertThat(union.status()).isEqualTo(SeriesStatus.VALUE);
        assertThat(union.value()).isEqualTo(Interval.exactly(650));
        assertThat(union.query().segment()).isEqualTo(Segment.of("town", "Stoke+Leeds"));
        assertThat(union.query().ref()).isEqualTo("video_views{labour,facebook,p,town=Stoke+Leeds}");
        assertThat(union.observations()).hasSize(4);
        assertThat(union.rule()).isEqualTo("Sum of 2 segments (town=Stoke 400, town=Leeds 250).");
    }

    @Test
    void aDistinctCountIsNeverAddedAcrossSegments() {
        SeriesValue stoke = segment("reach", STOKE, 300, 100);
        SeriesValue leeds = segment("reach", LEEDS, 200, 50);

        SeriesValue union = SeriesAggregator.union(List.of(stoke, leeds), metric("reach"));

        assertThat(union.status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
        assertThat(union.rule()).startsWith("reach cannot be added across segments: people may be in several");
    }

    @Test
    void aStockSumsOverSegments() {
        SeriesValue stoke = segment("followers", STOKE, 300, 310);
        SeriesValue leeds = segment("followers", LEEDS, 200, 210);

        SeriesValue union = SeriesAggregator.union(List.of(stoke, leeds), metric("followers"));

        assertThat(union.value()).isEqualTo(Interval.exactly(520));
    }

    @Test
    void gapsOfTheSegmentsCarryIntoTheSum() {
        SeriesValue stoke = segment("video_views", STOKE, 300, 100);
        SeriesValue leeds = aggregate(query("video_views", DAYS, LEEDS), List.of(
                obs("video_views", day(dec(1)), Interval.exactly(50), LEEDS, Provenance.of("a.csv", 1))), List.of());

        SeriesValue union = SeriesAggregator.union(List.of(stoke, leeds), metric("video_views"));

        assertThat(union.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(450)));
        assertThat(union.gaps()).containsExactly(day(dec(2)));
    }

    @Test
    void aMissingSegmentMakesTheSumMissing() {
        SeriesValue stoke = segment("video_views", STOKE, 300, 100);
        SeriesValue leeds = aggregate(query("video_views", DAYS, LEEDS), List.of(), List.of());

        SeriesValue union = SeriesAggregator.union(List.of(stoke, leeds), metric("video_views"));

        assertThat(union.status()).isEqualTo(SeriesStatus.MISSING);
        assertThat(union.rule()).startsWith("No data for video_views{labour,facebook,p,town=Leeds}");
    }

    @Test
    void aTotalAmongTheSegmentsIsRefused() {
        SeriesValue stoke = segment("video_views", STOKE, 300, 100);
        SeriesValue total = segment("video_views", Segment.TOTAL, 900, 900);

        SeriesValue union = SeriesAggregator.union(List.of(stoke, total), metric("video_views"));

        assertThat(union.status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
        assertThat(union.rule()).contains("is a total, not a segment");
    }

    @Test
    void aSegmentListedTwiceIsRefused() {
        SeriesValue stoke = segment("video_views", STOKE, 300, 100);

        SeriesValue union = SeriesAggregator.union(List.of(stoke, stoke), metric("video_views"));

        assertThat(union.status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
        assertThat(union.rule()).isEqualTo("The segment town=Stoke is listed twice.");
    }

    @Test
    void segmentsOfDifferentPeriodsAreNotOneSeries() {
        SeriesValue stoke = segment("video_views", STOKE, 300, 100);
        SeriesValue leedsLater = aggregate(query("video_views", period(dec(3), dec(3)), LEEDS), List.of(
                obs("video_views", day(dec(3)), Interval.exactly(50), LEEDS, Provenance.of("a.csv", 1))), List.of());

        SeriesValue union = SeriesAggregator.union(List.of(stoke, leedsLater), metric("video_views"));

        assertThat(union.status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
        assertThat(union.rule()).startsWith("Only segments of one series can be added");
    }

    @Test
    void anEmptyUnionIsAProgrammingError() {
        assertThatThrownBy(() -> SeriesAggregator.union(List.of(), metric("video_views")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SeriesValue segment(String metric, Segment segment, long first, long second) {
        List<Observation> two = List.of(
                obs(metric, day(dec(1)), Interval.exactly(first), segment, Provenance.of("a.csv", 1)),
                obs(metric, day(dec(2)), Interval.exactly(second), segment, Provenance.of("a.csv", 2)));
        return aggregate(query(metric, DAYS, segment), two, List.of());
    }
}
