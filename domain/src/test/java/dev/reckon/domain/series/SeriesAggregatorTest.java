package dev.reckon.domain.series;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static dev.reckon.domain.series.SeriesFixtures.LEEDS;
import static dev.reckon.domain.series.SeriesFixtures.LONDON;
import static dev.reckon.domain.series.SeriesFixtures.STOKE;
import static dev.reckon.domain.series.SeriesFixtures.aggregate;
import static dev.reckon.domain.series.SeriesFixtures.concat;
import static dev.reckon.domain.series.SeriesFixtures.daily;
import static dev.reckon.domain.series.SeriesFixtures.day;
import static dev.reckon.domain.series.SeriesFixtures.dec;
import static dev.reckon.domain.series.SeriesFixtures.metric;
import static dev.reckon.domain.series.SeriesFixtures.money;
import static dev.reckon.domain.series.SeriesFixtures.obs;
import static dev.reckon.domain.series.SeriesFixtures.period;
import static dev.reckon.domain.series.SeriesFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeriesAggregatorTest {

    private static final String VIEWS = "video_views";

    @Nested
    class Duplicates {

        @Test
        void theSameObservationImportedTwiceCountsOnceWithoutANote() {
            List<Observation> once = daily(VIEWS, dec(1), 100, 200);

            SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(2))), concat(once, once), List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(300));
            assertThat(value.observations()).hasSize(2);
            assertThat(value.notes()).isEmpty();
        }

        @Test
        void ofConflictingValuesTheLaterExportWinsWhateverTheOrderAndANoteKeepsBoth() {
            Observation newer = exported(day(dec(1)), 120, "new.csv", 4, "2020-01-05T10:00:00Z");
            Observation older = exported(day(dec(1)), 100, "old.csv", 2, "2019-12-20T10:00:00Z");

            SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(1))), List.of(newer, older), List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(120));
            assertThat(value.observations()).containsExactly(newer);
            assertThat(value.notes()).containsExactly("the daily figure for 2019-12-01 was given twice: 100 (old.csv:2)"
                    + " and 120 (new.csv:4); the later export, 120, is used");
        }

        @Test
        void withoutExportTimesTheOneListedLaterWins() {
            Observation first = obs(VIEWS, day(dec(1)), Interval.exactly(100), Segment.TOTAL, Provenance.of("a.csv", 2));
            Observation second = obs(VIEWS, day(dec(1)), Interval.exactly(90), Segment.TOTAL, Provenance.of("b.csv", 2));

            SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(1))), List.of(first, second), List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(90));
            assertThat(value.notes()).singleElement().asString().contains("100 (a.csv:2)").contains("90 (b.csv:2)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"impressions", "reach", "followers"})
        void everyKindResolvesConflictingDuplicatesBeforeAggregating(String metric) {
            Observation older = obs(metric, day(dec(1)), Interval.exactly(100), Segment.TOTAL,
                    new Provenance("old.csv", 2, Optional.of(Instant.parse("2019-12-20T10:00:00Z")), "i1"));
            Observation newer = obs(metric, day(dec(1)), Interval.exactly(120), Segment.TOTAL,
                    new Provenance("new.csv", 2, Optional.of(Instant.parse("2020-01-05T10:00:00Z")), "i2"));

            SeriesValue value = aggregate(query(metric, period(dec(1), dec(1))), List.of(newer, older), List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(120));
            assertThat(value.observations()).containsExactly(newer);
            assertThat(value.notes()).singleElement().asString().contains("100 (old.csv:2)").contains("120 (new.csv:2)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"impressions", "reach", "followers"})
        void aRevisionOutsideWhatTheValueRestsOnIsNoEvidenceOfTheSeries(String metric) {
            Observation older = obs(metric, day(dec(10)), Interval.exactly(100), Segment.TOTAL, Provenance.of("old.csv", 11));
            Observation newer = obs(metric, day(dec(10)), Interval.exactly(120), Segment.TOTAL, Provenance.of("new.csv", 2));
            Observation first = obs(metric, day(dec(1)), Interval.exactly(70), Segment.TOTAL, Provenance.of("old.csv", 2));
            List<Observation> data = List.of(first, older, newer);

            SeriesValue before = aggregate(query(metric, period(dec(1), dec(1))), data, List.of());
            SeriesValue across = aggregate(query(metric, period(dec(1), dec(10))), data, List.of());

            assertThat(before.value()).isEqualTo(Interval.exactly(70));
            assertThat(before.notes()).isEmpty();
            assertThat(before.disagreements()).isEmpty();
            assertThat(across.disagreements()).singleElement().asString()
                    .contains("100 (old.csv:11)").contains("120 (new.csv:2)");
        }

        @Test
        void aFigureRevisedTwiceKeepsBothNotes() {
            Observation first = obs(VIEWS, day(dec(1)), Interval.exactly(100), Segment.TOTAL, Provenance.of("a.csv", 2));
            Observation second = obs(VIEWS, day(dec(1)), Interval.exactly(110), Segment.TOTAL, Provenance.of("b.csv", 2));
            Observation third = obs(VIEWS, day(dec(1)), Interval.exactly(120), Segment.TOTAL, Provenance.of("c.csv", 2));

            SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(1))), List.of(first, second, third), List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(120));
            assertThat(value.disagreements()).hasSize(2);
        }

        private Observation exported(Window window, long value, String source, long line, String at) {
            return obs(VIEWS, window, Interval.exactly(value), Segment.TOTAL,
                    new Provenance(source, line, Optional.of(Instant.parse(at)), "import-1"));
        }
    }

    @Nested
    class Segments {

        private final List<Observation> data = List.of(
                obs(VIEWS, day(dec(1)), 1_000),
                obs(VIEWS, day(dec(1)), Interval.exactly(300), STOKE, Provenance.of("a.csv", 3)),
                obs(VIEWS, day(dec(1)), Interval.exactly(200), LEEDS, Provenance.of("a.csv", 4)));

        @Test
        void aTotalReadsOnlyTheTotalNeverTheSegmentsAddedUp() {
            SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(1))), data, List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(1_000));
            assertThat(value.observations()).containsExactly(data.get(0));
        }

        @Test
        void aSegmentReadsOnlyItsOwnObservations() {
            SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(1)), STOKE), data, List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(300));
            assertThat(value.observations()).containsExactly(data.get(1));
        }

        @Test
        void aTotalWithOnlySegmentDataIsMissing() {
            SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(1))), data.subList(1, 3), List.of());

            assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
        }
    }

    @Nested
    class Money {

        @Test
        void amountsInOneCurrencyAddUpAndCarryIt() {
            SeriesValue value = aggregate(query("donations_amount", period(dec(1), dec(2))),
                    List.of(money(day(dec(1)), "85000.50", "GBP"), money(day(dec(2)), "326.50", "GBP")), List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly("85327"));
            assertThat(value.currency()).contains(Currency.getInstance("GBP"));
        }

        @Test
        void amountsInDifferentCurrenciesAreNotAggregable() {
            SeriesValue value = aggregate(query("donations_amount", period(dec(1), dec(2))),
                    List.of(money(day(dec(1)), "10", "GBP"), money(day(dec(2)), "10", "USD")), List.of());

            assertThat(value.status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
            assertThat(value.rule()).isEqualTo("The donations_amount figures are in different currencies (GBP, USD);"
                    + " money in different currencies cannot be added or compared.");
        }

        @Test
        void aStockReadsOnlyTheCurrencyOfValuesUpToThePeriodsEnd() {
            List<Observation> levels = List.of(
                    new Observation(SeriesFixtures.LABOUR, Platform.FACEBOOK, new MetricId("followers"), day(dec(1)), Segment.TOTAL,
                            new Amount(Interval.exactly(5), Optional.of(Currency.getInstance("GBP"))), Provenance.of("a.csv", 1)),
                    new Observation(SeriesFixtures.LABOUR, Platform.FACEBOOK, new MetricId("followers"), day(dec(9)), Segment.TOTAL,
                            new Amount(Interval.exactly(6), Optional.of(Currency.getInstance("USD"))), Provenance.of("a.csv", 2)));

            SeriesValue value = aggregate(query("followers", period(dec(1), dec(2))), levels, List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(5));
        }

        @Test
        void aCurrencyOutsideThePeriodDoesNotMatter() {
            SeriesValue value = aggregate(query("donations_amount", period(dec(1), dec(1))),
                    List.of(money(day(dec(1)), "10", "GBP"), money(day(dec(9)), "10", "USD")), List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(10));
            assertThat(value.currency()).contains(Currency.getInstance("GBP"));
        }
    }

    @Nested
    class TimeZones {

        private final LocalDate midsummer = LocalDate.of(2019, 7, 1);
        private final Period londonDay = Period.onDay("polling-day", midsummer, LONDON);

        @Test
        void aLondonDayInSummerRunsFromElevenPmToElevenPmUtc() {
            assertThat(londonDay.window()).isEqualTo(new Window(Instant.parse("2019-06-30T23:00:00Z"),
                    Instant.parse("2019-07-01T23:00:00Z")));
        }

        @Test
        void hourlyUtcDataAddsUpToTheLondonDayNotTheUtcDay() {
            List<Observation> hourly = new ArrayList<>();
            Instant start = Instant.parse("2019-06-30T20:00:00Z");
            for (int hour = 0; hour < 30; hour++) {
                Instant from = start.plusSeconds(3_600L * hour);
                hourly.add(obs(VIEWS, new Window(from, from.plusSeconds(3_600)), hour));
            }

            SeriesValue london = aggregate(query(VIEWS, londonDay), hourly, List.of());
            SeriesValue utc = aggregate(query(VIEWS, Period.onDay("polling-day", midsummer, SeriesFixtures.UTC)),
                    hourly, List.of());

            // London: hours 3..26 of the data (23:00Z to 23:00Z); UTC: hours 4..27.
            assertThat(london.value()).isEqualTo(Interval.exactly(sumOfRange(3, 26)));
            assertThat(utc.value()).isEqualTo(Interval.exactly(sumOfRange(4, 27)));
        }

        @Test
        void aUtcDailyFigureIsNotALondonSummerDay() {
            Observation utcDay = obs(VIEWS, Window.ofDay(midsummer, SeriesFixtures.UTC), 5_000);

            SeriesValue value = aggregate(query(VIEWS, londonDay), List.of(utcDay), List.of());

            assertThat(value.value()).isEqualTo(Interval.NON_NEGATIVE);
            assertThat(value.gaps()).containsExactly(londonDay.window());
        }

        @Test
        void inWinterALondonDayIsAUtcDay() {
            Observation utcDay = obs(VIEWS, Window.ofDay(dec(12), SeriesFixtures.UTC), 5_000);

            SeriesValue value = aggregate(query(VIEWS, Period.onDay("ge2019", dec(12), LONDON)), List.of(utcDay),
                    List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(5_000));
        }

        @Test
        void aLondonWeekAcrossTheClockChangeIsSevenLondonDaysOfWhichOneHasTwentyFiveHours() {
            LocalDate monday = LocalDate.of(2019, 10, 21);
            Period week = Period.of("autumn", monday, monday.plusDays(6), LONDON);
            List<Observation> londonDays = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                londonDays.add(obs(VIEWS, Window.ofDay(monday.plusDays(i), LONDON), 100));
            }

            SeriesValue value = aggregate(query(VIEWS, week), londonDays, List.of());

            assertThat(value.value()).isEqualTo(Interval.exactly(700));
            assertThat(londonDays.get(6).window().duration()).hasHours(25);
            assertThat(value.gaps()).isEmpty();
        }

        @Test
        void notesNameTimesInThePeriodsZone() {
            Observation a = obs(VIEWS, Window.ofDay(midsummer, SeriesFixtures.UTC), Interval.exactly(1),
                    Segment.TOTAL, Provenance.of("a.csv", 2));
            Observation b = obs(VIEWS, Window.ofDay(midsummer, SeriesFixtures.UTC), Interval.exactly(2),
                    Segment.TOTAL, Provenance.of("b.csv", 2));

            SeriesValue value = aggregate(query(VIEWS, londonDay), List.of(a, b), List.of());

            assertThat(value.notes()).singleElement().asString().startsWith(
                    "the 24-hour figure for 2019-07-01 01:00 to 2019-07-02 01:00 Europe/London was given twice");
        }

        private long sumOfRange(int first, int last) {
            long total = 0;
            for (int i = first; i <= last; i++) {
                total += i;
            }
            return total;
        }
    }

    @Test
    void anUnknownMetricIsNotAggregable() {
        SeriesQuery query = query("vibes", period(dec(1), dec(2)));

        SeriesValue value = SeriesAggregator.aggregate(query, MetricCatalogue.builtIn(), List.of(), List.of());

        assertThat(value.status()).isEqualTo(SeriesStatus.NOT_AGGREGABLE);
        assertThat(value.rule()).isEqualTo("There is no metric called 'vibes' in the catalogue.");
    }

    @Test
    void observationsOfOtherSeriesAreIgnored() {
        Observation otherSubject = new Observation(Subject.of("tories"), Platform.FACEBOOK,
                new MetricId(VIEWS), day(dec(1)), Segment.TOTAL, Amount.of(Interval.exactly(7)), Provenance.of("t.csv", 1));
        Observation otherMetric = obs("likes", day(dec(1)), 9);

        SeriesValue value = aggregate(query(VIEWS, period(dec(1), dec(1))), List.of(otherSubject, otherMetric),
                List.of());

        assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
    }

    @Test
    void aMetricThatIsNotTheQuerysIsAProgrammingError() {
        assertThatThrownBy(() -> SeriesAggregator.aggregate(query(VIEWS, period(dec(1), dec(1))), metric("likes"),
                List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("likes");
    }
}
