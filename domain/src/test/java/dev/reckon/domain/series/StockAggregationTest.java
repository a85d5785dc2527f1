package dev.reckon.domain.series;

import static dev.reckon.domain.series.SeriesFixtures.aggregate;
import static dev.reckon.domain.series.SeriesFixtures.coverage;
import static dev.reckon.domain.series.SeriesFixtures.daily;
import static dev.reckon.domain.series.SeriesFixtures.days;
import static dev.reckon.domain.series.SeriesFixtures.dec;
import static dev.reckon.domain.series.SeriesFixtures.obs;
import static dev.reckon.domain.series.SeriesFixtures.period;
import static dev.reckon.domain.series.SeriesFixtures.query;
import static dev.reckon.domain.series.SeriesFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockAggregationTest {

    private static final String FOLLOWERS = "followers";

    @Test
    void aPeriodReadsTheLevelAtItsEnd() {
        List<Observation> tenDays = daily(FOLLOWERS, dec(1), 100, 101, 102, 103, 104, 105, 106, 107, 108, 109);

        SeriesValue value = aggregate(query(FOLLOWERS, period(dec(1), dec(5))), tenDays, List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(104));
        assertThat(value.observations()).containsExactly(tenDays.get(4));
        assertThat(value.rule()).isEqualTo("The level at the end of p (2019-12-01 to 2019-12-05): the latest value"
                + " recorded at or before it, 104 for 2019-12-05 (export.csv).");
        assertThat(value.notes()).isEmpty();
    }

    @Test
    void aValueRecordedAfterThePeriodNeverLeaksIn() {
        List<Observation> later = daily(FOLLOWERS, dec(6), 200, 201);

        SeriesValue value = aggregate(query(FOLLOWERS, period(dec(1), dec(5))), later, List.of());

        assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
        assertThat(value.rule()).isEqualTo("No followers level was recorded at or before the end of"
                + " p (2019-12-01 to 2019-12-05); values recorded after it are not used.");
    }

    @Test
    void aSampleAtTheVeryEndOfThePeriodCountsButOneAMomentLaterDoesNot() {
        var end = days(dec(1), dec(5)).end();
        Observation atEnd = sample(FOLLOWERS, end, 500);
        Observation justAfter = sample(FOLLOWERS, end.plusSeconds(1), 999);
        Observation earlier = sample(FOLLOWERS, end.minusSeconds(3_600), 400);

        SeriesValue value = aggregate(query(FOLLOWERS, period(dec(1), dec(5))), List.of(justAfter, earlier, atEnd),
                List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(500));
    }

    @Test
    void aLevelRecordedBeforeThePeriodBeganIsUsedWithANote() {
        List<Observation> november = daily(FOLLOWERS, dec(1).minusDays(3), 90, 95);

        SeriesValue value = aggregate(query(FOLLOWERS, period(dec(1), dec(5))), november, List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(95));
        assertThat(value.notes()).containsExactly(
                "the latest level, for 2019-11-29, was recorded before p (2019-12-01 to 2019-12-05) began");
    }

    @Test
    void aLevelRecordedBeforeThePeriodEndedIsUsedWithANote() {
        List<Observation> early = daily(FOLLOWERS, dec(1), 100, 101, 102);

        SeriesValue value = aggregate(query(FOLLOWERS, period(dec(1), dec(5))), early, List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(102));
        assertThat(value.notes()).containsExactly(
                "the latest level, for 2019-12-03, was recorded before the end of p (2019-12-01 to 2019-12-05)");
    }

    @Test
    void coverageGivesAStockNoValue() {
        SeriesValue value = aggregate(query(FOLLOWERS, period(dec(1), dec(5))), List.of(),
                List.of(coverage(FOLLOWERS, days(dec(1), dec(31)))));

        assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
        assertThat(value.rule()).endsWith("(2019-12-01 to 2019-12-05).");
    }

    @Test
    void ofTwoValuesEndingTogetherTheShorterMoreRecentWindowWins() {
        Observation week = obs(FOLLOWERS, days(dec(1), dec(5)), Interval.exactly(300), Segment.TOTAL,
                Provenance.of("weekly.csv", 2));
        List<Observation> lastDay = daily(FOLLOWERS, dec(5), 310);

        SeriesValue value = aggregate(query(FOLLOWERS, period(dec(1), dec(5))),
                SeriesFixtures.concat(lastDay, List.of(week)), List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(310));
    }
}
