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
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctAggregationTest {

    private static final String REACH = "reach";

    @Test
    void dailyReachAloneGivesTheLargestDayToTheSumOfDays() {
        List<Observation> week = daily(REACH, dec(1), 1_000, 4_000, 2_500, 3_000, 1_500, 2_000, 1_000);

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(7))), week, List.of());

        assertThat(value.value()).isEqualTo(Interval.of("4000", "15000"));
        assertThat(value.gaps()).isEmpty();
        assertThat(value.observations()).containsExactlyElementsOf(week);
        assertThat(value.rule()).contains("At least the largest count over a part of p (2019-12-01 to 2019-12-07)"
                + " (the daily figure for 2019-12-02, 4,000)").contains("at most the smallest sum").contains("15,000");
    }

    @Test
    void aCountAcrossTheEdgeAboveWhatItsDaysAddUpToIsNotedOnTheDaysItOverlaps() {
        // the real Facebook page export: a week of days that reached nobody, whose 7-day reach is 198
        List<Observation> days = daily(REACH, dec(1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        Observation week = obs(REACH, days(dec(1), dec(7)), 198);
        List<Observation> data = concat(days, List.of(week));

        SeriesValue lastDays = aggregate(query(REACH, period(dec(5), dec(10))), data, List.of());
        SeriesValue oneDay = aggregate(query(REACH, period(dec(2), dec(2))), data, List.of());

        assertThat(lastDays.value()).isEqualTo(Interval.exactly(0));
        assertThat(lastDays.disagreements()).containsExactly("the 7-day figure for 2019-12-01 to 2019-12-07 is 198"
                + " (export.csv), more than the 7 figures covering it add up to (0, export.csv); it reaches outside"
                + " p (2019-12-05 to 2019-12-10), so the finer figures are used");
        assertThat(oneDay.disagreements()).as("a window holding the whole period is not named").isEmpty();
    }

    @Test
    void aCountAcrossTheEdgeIsNotedWhateverCoverGaveTheUpperEnd() {
        // the days 5 to 10 are also covered by a 6-day count of 0, which the cheapest cover may take instead of the days
        List<Observation> data = concat(daily(REACH, dec(1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                List.of(obs(REACH, days(dec(1), dec(7)), 198), obs(REACH, days(dec(5), dec(10)), 0)));

        SeriesValue value = aggregate(query(REACH, period(dec(4), dec(10))), data, List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(0));
        assertThat(value.disagreements()).singleElement().asString().startsWith("the 7-day figure for 2019-12-01 to 2019-12-07 is 198");
    }

    @Test
    void aTwentyEightDayFigureInsideAThirtyDayMonthAddsOnlyTheTwoOtherDays() {
        LocalDate nov1 = LocalDate.of(2019, 11, 1);
        Observation reach28 = obs(REACH, days(nov1, nov1.plusDays(27)), 37_400);
        List<Observation> otherDays = daily(REACH, nov1.plusDays(28), 2_000, 3_000);

        SeriesValue value = aggregate(query(REACH, period(nov1, LocalDate.of(2019, 11, 30))),
                concat(List.of(reach28), otherDays), List.of());

        assertThat(value.value()).isEqualTo(Interval.of("37400", "42400"));
        assertThat(value.observations()).containsExactly(reach28, otherDays.get(0), otherDays.get(1));
    }

    @Test
    void theUpperBoundIsTheCheapestOfSeveralCovers() {
        LocalDate nov1 = LocalDate.of(2019, 11, 1);
        long[] thirtyDays = new long[30];
        java.util.Arrays.fill(thirtyDays, 1_000);
        List<Observation> dailies = daily(REACH, nov1, thirtyDays);
        Observation reach28 = obs(REACH, days(nov1, nov1.plusDays(27)), 20_000);

        SeriesValue value = aggregate(query(REACH, period(nov1, LocalDate.of(2019, 11, 30))),
                concat(dailies, List.of(reach28)), List.of());

        // The 28-day figure plus two days (22,000) beats thirty days (30,000).
        assertThat(value.value()).isEqualTo(Interval.of("20000", "22000"));
        assertThat(value.observations()).hasSize(3).contains(reach28);
    }

    @Test
    void anObservationForExactlyThePeriodWins() {
        List<Observation> week = daily(REACH, dec(1), 1_000, 4_000, 2_500, 3_000, 1_500, 2_000, 1_000);
        Observation weekly = obs(REACH, days(dec(1), dec(7)), 9_000);

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(7))), concat(week, List.of(weekly)), List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(9_000));
        assertThat(value.observations()).containsExactly(weekly);
        assertThat(value.notes()).isEmpty();
    }

    @Test
    void anExactFigureBelowTheCountOfOneOfItsPartsIsNoted() {
        Observation weekly = obs(REACH, days(dec(1), dec(7)), 3_000);
        Observation busyDay = obs(REACH, day(dec(2)), 4_000);

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(7))), List.of(weekly, busyDay), List.of());

        assertThat(value.value()).isEqualTo(Interval.exactly(3_000));
        assertThat(value.notes()).containsExactly("the figure for the whole period (3,000, export.csv) is below the daily figure"
                + " for 2019-12-02 (4,000, export.csv), which cannot happen for a count of distinct people");
        assertThat(value.disagreements()).isEqualTo(value.notes());
    }

    @Test
    void withoutACoverTheUpperBoundIsOpenAndTheUncoveredTimeIsReported() {
        List<Observation> someDays = concat(daily(REACH, dec(1), 500, 700), daily(REACH, dec(5), 900));

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(5))), someDays, List.of());

        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(900)));
        assertThat(value.gaps()).containsExactly(days(dec(3), dec(4)));
        assertThat(value.rule()).endsWith("with no upper bound, as no set of counts covers the whole period.");
    }

    @Test
    void coveredTimeWithoutObservationsCostsNothing() {
        List<Observation> twoDays = daily(REACH, dec(1), 500, 700);

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(3))), twoDays,
                List.of(coverage(REACH, days(dec(1), dec(31)))));

        assertThat(value.value()).isEqualTo(Interval.of("700", "1200"));
    }

    @Test
    void coverageDoesNotZeroTimeThatAFigureReachingOutsideThePeriodCounted() {
        Observation straddling = obs(REACH, days(dec(1).minusDays(5), dec(2)), 9_999);
        Observation day3 = obs(REACH, day(dec(3)), 100);

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(3))), List.of(straddling, day3),
                List.of(coverage(REACH, days(dec(1).minusDays(10), dec(31)))));

        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(100)));
        assertThat(value.gaps()).containsExactly(days(dec(1), dec(2)));
    }

    @Test
    void overlappingFiguresThatCannotBeCombinedGiveNoUpperBound() {
        Observation early = obs(REACH, days(dec(1), dec(5)), 3_000);
        Observation late = obs(REACH, days(dec(3), dec(7)), 4_000);

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(7))), List.of(early, late), List.of());

        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(4_000)));
        assertThat(value.gaps()).isEmpty();
        assertThat(value.observations()).containsExactly(late);
    }

    @Test
    void aCoveredPeriodWithoutRowsReachesNobody() {
        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(7))), List.of(),
                List.of(coverage(REACH, days(dec(1), dec(31)))));

        assertThat(value.value()).isEqualTo(Interval.ZERO);
        assertThat(value.rule()).startsWith("At least zero, as no count lies inside p");
    }

    @Test
    void figuresThatContradictEachOtherKeepBothReadingsAndSaySo() {
        List<Observation> dailies = daily(REACH, dec(1), 10, 10, 10, 10, 10, 10, 10);
        Observation weekly = obs(REACH, days(dec(1), dec(7)), 100);

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(8))),
                concat(concat(dailies, List.of(weekly)), daily(REACH, dec(8), 5)), List.of());

        // Dailies say at most 75 people over the eight days; the 7-day figure says at least 100.
        assertThat(value.value()).isEqualTo(Interval.of("75", "100"));
        assertThat(value.notes()).containsExactly("the 7-day figure for 2019-12-01 to 2019-12-07 is 100 (export.csv), more than"
                + " the figures covering the period add up to (75, export.csv); the figures disagree, so both are kept as the range");
    }

    @Test
    void roundedFiguresUseTheirLowerEndForTheLowerBoundAndUpperEndForTheUpperBound() {
        List<Observation> rounded = List.of(
                obs(REACH, day(dec(1)), Interval.of("1500", "2500"), Segment.TOTAL, Provenance.of("a.csv", 2)),
                obs(REACH, day(dec(2)), Interval.of("1950", "2050"), Segment.TOTAL, Provenance.of("a.csv", 3)));

        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(2))), rounded, List.of());

        assertThat(value.value()).isEqualTo(Interval.of("1950", "4550"));
    }

    @Test
    void perPostReachAtPublishTimesIsBoundedByTheirSumWhenTheExportCoversThePeriod() {
        List<Observation> posts = List.of(
                sample("post_reach", Instant.parse("2019-12-01T09:30:00Z"), 1_000),
                sample("post_reach", Instant.parse("2019-12-02T12:00:00Z"), 3_000));

        SeriesValue covered = aggregate(query("post_reach", period(dec(1), dec(2))), posts,
                List.of(coverage("post_reach", days(dec(1), dec(31)))));
        SeriesValue uncovered = aggregate(query("post_reach", period(dec(1), dec(2))), posts, List.of());

        assertThat(covered.value()).isEqualTo(Interval.of("3000", "4000"));
        assertThat(uncovered.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(3_000)));
    }

    @Test
    void distinctWithNothingTouchingThePeriodIsMissing() {
        SeriesValue value = aggregate(query(REACH, period(dec(1), dec(7))), daily(REACH, dec(20), 5), List.of());

        assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
    }

    @Test
    void aCountOverAWindowContainingThePeriodBoundsItAbove() {
        Observation week = obs(REACH, days(dec(1), dec(7)), 500);
        List<Observation> thirdDay = daily(REACH, dec(3), 100);

        SeriesValue aloneInTheWeek = aggregate(query(REACH, period(dec(3), dec(3))), List.of(week), List.of());
        SeriesValue withAPart = aggregate(query(REACH, period(dec(3), dec(4))), concat(List.of(week), thirdDay), List.of());

        assertThat(aloneInTheWeek.value()).isEqualTo(Interval.of("0", "500"));
        assertThat(withAPart.value()).isEqualTo(Interval.of("100", "500"));
        assertThat(withAPart.observations()).doesNotContain(week);
        assertThat(withAPart.rule()).endsWith("The 7-day figure for 2019-12-01 to 2019-12-07 (export.csv), 500, bounds it"
                + " above: a part of a window never counts more people than the whole.");
    }

    @Test
    void aContainingCountBelowACountOfAPartIsADisagreementNotABound() {
        Observation week = obs(REACH, days(dec(1), dec(7)), 50);
        List<Observation> thirdDay = daily(REACH, dec(3), 100);

        SeriesValue value = aggregate(query(REACH, period(dec(3), dec(4))), concat(List.of(week), thirdDay), List.of());

        assertThat(value.value()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(100)));
        assertThat(value.disagreements()).containsExactly("the 7-day figure for 2019-12-01 to 2019-12-07 (export.csv) is 50,"
                + " fewer than counted over a part of it (100); the figures disagree");
    }

    @Test
    void aContainingCountBelowTheLargestPartBoundsNothingEvenWhenTheCoverIsBelowItToo() {
        Observation week = obs(REACH, days(dec(1), dec(7)), 50);
        Observation twoDays = obs(REACH, days(dec(3), dec(4)), 5);
        List<Observation> dailies = daily(REACH, dec(3), 100, 10, 10);

        SeriesValue value = aggregate(query(REACH, period(dec(3), dec(5))),
                concat(List.of(week, twoDays), dailies), List.of());

        // The cheapest cover (5 + 10) is below the largest day (100): both readings are kept, and the week's 50 bounds neither.
        assertThat(value.value()).isEqualTo(Interval.of("15", "100"));
        assertThat(value.disagreements()).anyMatch(d -> d.startsWith("the 7-day figure for 2019-12-01 to 2019-12-07"
                + " (export.csv) is 50, fewer than counted over a part of it (100)"));
    }
}
