package dev.reckon.domain.series;

import dev.reckon.domain.metric.MetricId;
import static dev.reckon.domain.series.SeriesFixtures.LEEDS;
import static dev.reckon.domain.series.SeriesFixtures.STOKE;
import static dev.reckon.domain.series.SeriesFixtures.coverage;
import static dev.reckon.domain.series.SeriesFixtures.day;
import static dev.reckon.domain.series.SeriesFixtures.days;
import static dev.reckon.domain.series.SeriesFixtures.dec;
import static dev.reckon.domain.series.SeriesFixtures.key;
import static dev.reckon.domain.series.SeriesFixtures.obs;
import static dev.reckon.domain.series.SeriesFixtures.period;
import static dev.reckon.domain.series.SeriesFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricUnit;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationSetTest {

    private final Observation total = obs("video_views", day(dec(1)), 1_000);
    private final Observation stoke = obs("video_views", day(dec(1)), Interval.exactly(300), STOKE, Provenance.of("a.csv", 2));
    private final Observation leedsReach = obs("reach", day(dec(1)), Interval.exactly(90), LEEDS, Provenance.of("a.csv", 3));

    @Test
    void aQueryReadsItsOwnSeries() {
        ObservationSet set = ObservationSet.of(List.of(total, stoke, leedsReach), List.of(),
                MetricCatalogue.builtIn());

        assertThat(set.valueOf(query("video_views", period(dec(1), dec(1)))).value()).isEqualTo(Interval.exactly(1_000));
        assertThat(set.valueOf(query("video_views", period(dec(1), dec(1)), STOKE)).value())
                .isEqualTo(Interval.exactly(300));
        assertThat(set.valueOf(query("reach", period(dec(1), dec(1)))).status()).isEqualTo(SeriesStatus.MISSING);
    }

    @Test
    void coverageAloneMakesASeriesZero() {
        ObservationSet set = ObservationSet.builder(MetricCatalogue.builtIn())
                .cover(coverage("likes", days(dec(1), dec(31))))
                .build();

        SeriesValue value = set.valueOf(query("likes", period(dec(1), dec(7))));

        assertThat(value.value()).isEqualTo(Interval.ZERO);
        assertThat(set.keys()).containsExactly(key("likes", Segment.TOTAL));
        assertThat(set.size()).isZero();
    }

    @Test
    void anUnknownMetricIsNotAggregableWithTheReason() {
        ObservationSet set = ObservationSet.of(List.of(obs("vibes", day(dec(1)), 5)), List.of(),
                MetricCatalogue.builtIn());

        SeriesValue value = set.valueOf(query("vibes", period(dec(1), dec(1))));

        assertThat(value.status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
        assertThat(value.rule()).contains("no metric called 'vibes'");
    }

    @Test
    void aUserMetricInTheCatalogueIsAggregated() {
        MetricCatalogue withVibes = MetricCatalogue.builtIn().with(List.of(
                new Metric(new MetricId("vibes"), MetricUnit.EVENTS, AggregationKind.ADDITIVE, Basis.EVENT_TIME, "Good vibes.")));
        ObservationSet set = ObservationSet.of(List.of(obs("vibes", day(dec(1)), 5), obs("vibes", day(dec(2)), 6)),
                List.of(), withVibes);

        assertThat(set.valueOf(query("vibes", period(dec(1), dec(2)))).value()).isEqualTo(Interval.exactly(11));
        assertThat(set.catalogue()).isSameAs(withVibes);
    }

    @Test
    void itListsItsKeysSegmentKeysAndSize() {
        ObservationSet set = ObservationSet.of(List.of(total, stoke, leedsReach,
                obs("video_views", day(dec(1)), Interval.exactly(5), Segment.of("country", "SE"), Provenance.of("b.csv", 1))),
                List.of(), MetricCatalogue.builtIn());

        assertThat(set.segmentKeys()).containsExactlyInAnyOrder("town", "country");
        assertThat(set.keys()).contains(key("video_views", Segment.TOTAL), key("video_views", STOKE)).hasSize(4);
        assertThat(set.size()).isEqualTo(4);
        assertThat(set.toString()).isEqualTo("ObservationSet[4 observations in 4 series]");
    }

    @Test
    void addingToTheBuilderAfterBuildingDoesNotChangeTheSet() {
        ObservationSet.Builder builder = ObservationSet.builder(MetricCatalogue.builtIn()).accept(total);
        ObservationSet set = builder.build();

        builder.accept(obs("video_views", day(dec(2)), 7));

        assertThat(set.size()).isEqualTo(1);
        assertThat(set.valueOf(query("video_views", period(dec(1), dec(2)))).value().hasUpperBound()).isFalse();
    }
}
