package dev.reckon.domain.series;

import static dev.reckon.domain.series.SeriesFixtures.aggregate;
import static dev.reckon.domain.series.SeriesFixtures.concat;
import static dev.reckon.domain.series.SeriesFixtures.coverage;
import static dev.reckon.domain.series.SeriesFixtures.daily;
import static dev.reckon.domain.series.SeriesFixtures.day;
import static dev.reckon.domain.series.SeriesFixtures.days;
import static dev.reckon.domain.series.SeriesFixtures.dec;
import static dev.reckon.domain.series.SeriesFixtures.obs;
import static dev.reckon.domain.series.SeriesFixtures.period;
import static dev.reckon.domain.series.SeriesFixtures.query;
import static dev.reckon.domain.series.SeriesFixtures.sample;
import static dev.reckon.domain.series.SeriesFixtures.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdditiveAggregationTest {

    private static final String IMPRESSIONS = "impressions";
    private static final long[] WEEK = {3_500, 4_100, 3_900, 3_700, 4_006, 3_800, 3_900};

    @Test
    void dailyFiguresCoveringThePeriodAddUpExactly() {
        List<Observation> week = daily(IMPRESSIONS, dec(1), WEEK);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(7))), week, List.of());

        assertThat(value.status()).isEqualTo(SeriesStatus.VALUE);
        assertThat(value.value()).isEqualTo(Interval.exactly(26_906));
        assertThat(value.gaps()).isEmpty();
        assertThat(value.observations()).containsExactlyElementsOf(week);
        assertThat(value.rule()).contains("Sum of 7 figures inside p (2019-12-01 to 2019-12-07)");
    }

    @Test
    void aCoarserFigureAcrossTheEdgeThatDisagreesWithItsDaysIsNotedOnTheDaysItOverlaps() {
        // the real Facebook page export: every day of 2019-12-01..07 says 0, its 7-day figure says 683
        List<Observation> days = daily(IMPRESSIONS, dec(1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        Observation sevenDay = obs(IMPRESSIONS, days(dec(1), dec(7)), 683);

        SeriesValue lastDays = aggregate(query(IMPRESSIONS, period(dec(5), dec(10))), concat(days, List.of(sevenDay)),
                List.of());
        SeriesValue oneDay = aggregate(query(IMPRESSIONS, period(dec(2), dec(2))), concat(days, List.of(sevenDay)),
                List.of());

        assertThat(lastDays.value()).isEqualTo(Interval.exactly(0));
        assertThat(lastDays.disagreements()).containsExactly("the 7-day figure for 2019-12-01 to 2019-12-07 is 683"
                + " (export.csv); the 7 daily figures (export.csv) add up to 0; it reaches outside p (2019-12-05 to"
                + " 2019-12-10), so the finer figures are used");
        assertThat(oneDay.disagreements()).as("a window holding the whole period is not named").isEmpty();
    }

    @Test
    void manyCoarserFiguresAcrossTheEdgeAreCountedBeyondTheFirstTwo() {
        List<Observation> data = new java.util.ArrayList<>(daily(IMPRESSIONS, dec(1), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        for (int last = 7; last <= 10; last++) {
            data.add(obs(IMPRESSIONS, days(dec(last - 6), dec(last)), 100 + last));
        }

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(7), dec(10))), data, List.of());

        // 1-7, 2-8 and 3-9 cross the period's start; 4-10 holds the whole period and is not named
        assertThat(value.value()).isEqualTo(Interval.exactly(4));
        assertThat(value.disagreements()).hasSize(3);
        assertThat(value.disagreements().get(0)).startsWith("the 7-day figure for 2019-12-01 to 2019-12-07 is 107");
        assertThat(value.disagreements().get(2)).isEqualTo("1 more figure reaching outside p (2019-12-07 to 2019-12-10)"
                + " disagrees with the finer figures of its days");
    }

    @Test
    void anObservationForExactlyThePeriodWinsAndTheDisagreementIsNoted() {
        List<Observation> week = daily(IMPRESSIONS, dec(1), WEEK);
        Observation sevenDay = obs(IMPRESSIONS, days(dec(1), dec(7)), 28_121);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(7))), concat(week, List.of(sevenDay)),
                List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(28_121));
        assertThat(value.observations()).containsExactly(sevenDay);
        assertThat(value.rule()).startsWith("The figure for exactly p (2019-12-01 to 2019-12-07) is used");
        assertThat(value.notes()).containsExactly("the 7-day figure for 2019-12-01 to 2019-12-07 is 28,121 (export.csv);"
                + " the 7 daily figures (export.csv) add up to 26,906; the figure for the whole period is used");
        assertThat(value.disagreements()).isEqualTo(value.notes());
    }

    @Test
    void grainsThatAgreeNeedNoNote() {
        List<Observation> week = daily(IMPRESSIONS, dec(1), WEEK);
        Observation sevenDay = obs(IMPRESSIONS, days(dec(1), dec(7)), 26_906);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(7))), concat(week, List.of(sevenDay)),
                List.of());

        assertThat(value.notes()).isEmpty();
    }

    @Test
    void aCoarserFigureCoveredByFinerOnesIsLeftOutAndTheDisagreementIsNoted() {
        List<Observation> fortnight = daily(IMPRESSIONS, dec(1), 3_500, 4_100, 3_900, 3_700, 4_006, 3_800, 3_900,
                1, 1, 1, 1, 1, 1, 1);
        Observation firstWeek = obs(IMPRESSIONS, days(dec(1), dec(7)), 28_121);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(14))),
                concat(List.of(firstWeek), fortnight), List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(26_906 + 7));
        assertThat(value.observations()).doesNotContain(firstWeek).hasSize(14);
        assertThat(value.notes()).containsExactly("the 7-day figure for 2019-12-01 to 2019-12-07 is 28,121 (export.csv);"
                + " the 7 daily figures (export.csv) add up to 26,906; the finer figures are used");
        assertThat(value.disagreements()).isEqualTo(value.notes());
    }

    @Test
    void aCoarserFigureFillsTimeTheFinerOnesLeave() {
        List<Observation> firstWeek = daily(IMPRESSIONS, dec(1), WEEK);
        Observation secondWeek = obs(IMPRESSIONS, days(dec(8), dec(14)), 30_000);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(14))),
                concat(firstWeek, List.of(secondWeek)), List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(26_906 + 30_000));
        assertThat(value.observations()).hasSize(8).contains(secondWeek);
        assertThat(value.gaps()).isEmpty();
    }

    @Test
    void overlappingWindowsAreNeverBothAddedAndTheTimeLeftIsAGap() {
        List<Observation> fiveDays = daily(IMPRESSIONS, dec(1), 10, 20, 30, 40, 50);
        Observation sevenDay = obs(IMPRESSIONS, days(dec(1), dec(7)), 1_000);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(8))),
                concat(fiveDays, List.of(sevenDay)), List.of(coverage(IMPRESSIONS, days(dec(1), dec(8)))));

        // The 7-day figure overlaps the chosen days, so it is not added; days 6 and 7 had activity it
        // counted, so coverage cannot make them zero. Day 8 is covered and has no data: zero.
        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(150)));
        assertThat(value.gaps()).containsExactly(days(dec(6), dec(7)));
        assertThat(value.observations()).containsExactlyElementsOf(fiveDays);
        assertThat(value.notes()).isEmpty();
    }

    @Test
    void uncoveredDaysLeaveTheUpperBoundOpenAndAreReportedMerged() {
        List<Observation> known = concat(daily(IMPRESSIONS, dec(1), 100, 200), daily(IMPRESSIONS, dec(5), 400));

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(6))), known, List.of());

        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(700)));
        assertThat(value.value().hiText()).isEqualTo("+inf");
        assertThat(value.gaps()).containsExactly(days(dec(3), dec(4)), day(dec(6)));
        assertThat(value.rule()).contains("2 stretches of time (3 days in all)").contains("no upper bound");
    }

    @Test
    void coverageMakesDaysWithoutRowsCountZero() {
        List<Observation> known = concat(daily(IMPRESSIONS, dec(1), 100, 200), daily(IMPRESSIONS, dec(5), 400));

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(6))), known,
                List.of(coverage(IMPRESSIONS, days(dec(1), dec(31)))));

        assertThat(value.value()).isEqualTo(Interval.exactly(700));
        assertThat(value.gaps()).isEmpty();
    }

    @Test
    void coverageOfPartOfThePeriodLeavesTheRestAGap() {
        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(5))), daily(IMPRESSIONS, dec(5), 50),
                List.of(coverage(IMPRESSIONS, days(dec(1), dec(3)))));

        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(50)));
        assertThat(value.gaps()).containsExactly(day(dec(4)));
    }

    @Test
    void aCoveredPeriodWithoutRowsIsZeroNotMissing() {
        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(7))), List.of(),
                List.of(coverage(IMPRESSIONS, days(dec(1), dec(31)))));

        assertThat(value.status()).isEqualTo(SeriesStatus.VALUE);
        assertThat(value.value()).isEqualTo(Interval.ZERO);
        assertThat(value.observations()).isEmpty();
    }

    @Test
    void withNoObservationAndNoCoverageTouchingThePeriodTheSeriesIsMissing() {
        List<Observation> november = daily(IMPRESSIONS, dec(1).minusDays(3), 10, 20, 30);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(7))), november,
                List.of(coverage(IMPRESSIONS, days(dec(1).minusDays(3), dec(1).minusDays(1)))));

        assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
        assertThat(value.hasValue()).isFalse();
        assertThat(value.rule()).isEqualTo("No observation and no coverage touches p (2019-12-01 to 2019-12-07).");
    }

    @Test
    void emptyInputIsMissing() {
        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(7))), List.of(), List.of());

        assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
        assertThat(value.gaps()).containsExactly(days(dec(1), dec(7)));
    }

    @Test
    void aFigureReachingOutsideThePeriodIsNotAddedAndItsTimeIsNotZeroed() {
        Observation straddling = obs(IMPRESSIONS, days(dec(1).minusDays(3), dec(2)), 9_999);
        List<Observation> later = daily(IMPRESSIONS, dec(3), 100, 200);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(4))), concat(List.of(straddling), later),
                List.of(coverage(IMPRESSIONS, days(dec(1), dec(31)))));

        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(300)));
        assertThat(value.gaps()).containsExactly(days(dec(1), dec(2)));
        assertThat(value.observations()).doesNotContain(straddling);
    }

    @Test
    void onlyAFigureReachingOutsideThePeriodGivesAtLeastZero() {
        Observation straddling = obs(IMPRESSIONS, days(dec(1).minusDays(3), dec(2)), 9_999);

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(4))), List.of(straddling), List.of());

        assertThat(value.status()).isEqualTo(SeriesStatus.VALUE);
        assertThat(value.value()).isEqualTo(Interval.NON_NEGATIVE);
        assertThat(value.gaps()).containsExactly(days(dec(1), dec(4)));
        assertThat(value.rule()).startsWith("No figure lies inside p");
    }

    @Test
    void perPostFiguresAtPublishTimesAreAddedWhenTheExportCoversThePeriod() {
        Instant midnightAfter = days(dec(1), dec(2)).end();
        List<Observation> posts = List.of(
                sample("post_impressions", Instant.parse("2019-12-01T09:30:00Z"), 1_000),
                sample("post_impressions", Instant.parse("2019-12-02T23:59:59Z"), 2_000),
                sample("post_impressions", midnightAfter, 4_000),
                sample("post_impressions", Instant.parse("2019-11-30T23:59:59Z"), 8_000));

        SeriesValue covered = aggregate(query("post_impressions", period(dec(1), dec(2))), posts,
                List.of(coverage("post_impressions", days(dec(1), dec(31)))));
        SeriesValue uncovered = aggregate(query("post_impressions", period(dec(1), dec(2))), posts, List.of());

        assertThat(covered.value()).isEqualTo(Interval.exactly(3_000));
        assertThat(covered.observations()).containsExactly(posts.get(0), posts.get(1));
        assertThat(uncovered.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(3_000)));
        assertThat(uncovered.gaps()).containsExactly(days(dec(1), dec(2)));
    }

    @Test
    void roundedFiguresAddAsIntervals() {
        List<Observation> rounded = List.of(
                obs(IMPRESSIONS, day(dec(1)), Interval.of("1500", "2500"), Segment.TOTAL, Provenance.of("a.csv", 2)),
                obs(IMPRESSIONS, day(dec(2)), 1_000));

        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(2))), rounded, List.of());

        assertThat(value.value()).isEqualTo(Interval.of("2500", "3500"));
    }

    @Test
    void theRuleOfACompleteSumSaysCoveredTimeCountsZero() {
        SeriesValue value = aggregate(query(IMPRESSIONS, period(dec(1), dec(2))), daily(IMPRESSIONS, dec(1), 5),
                List.of(coverage(IMPRESSIONS, days(dec(1), dec(2)))));

        assertThat(value.value()).isEqualTo(Interval.exactly(sum(5)));
        assertThat(value.rule()).isEqualTo("Sum of 1 figure inside p (2019-12-01 to 2019-12-02), finest grain first,"
                + " never two that overlap. The rest of the period is covered by sources that declare it complete,"
                + " so it counts zero.");
    }
}
