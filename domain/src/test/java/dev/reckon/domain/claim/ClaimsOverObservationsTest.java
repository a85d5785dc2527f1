package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.reckon.domain.series.ObservationSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims checked against the real observation set rather than hand-written series values. */
class ClaimsOverObservationsTest {

    private static final Subject LABOUR = Subject.of("labour");
    private static final LocalDate FIRST = LocalDate.of(2019, 12, 10);
    private static final Period THREE_DAYS = Period.of("final3", FIRST, FIRST.plusDays(2), Dossier.LONDON);

    private final ClaimChecker checker = new ClaimChecker(
            new ClaimContext(MetricCatalogue.builtIn(), Map.of(LABOUR, "Labour"), Map.of("final3", THREE_DAYS), Set.of()),
            observations());

    private static ObservationSet observations() {
        List<Observation> rows = new ArrayList<>();
        long[] dailyReach = {10, 20, 30};
        long[] dailyImpressions = {100, 200, 300};
        for (int day = 0; day < 3; day++) {
            Window window = Window.ofDay(FIRST.plusDays(day), Dossier.LONDON);
            rows.add(observation("reach", window, dailyReach[day], Optional.empty(), day + 2));
            rows.add(observation("impressions", window, dailyImpressions[day], Optional.empty(), day + 2));
        }
        rows.add(observation("donations_amount", Window.ofDay(FIRST, Dossier.LONDON), 85327, Optional.of(Currency.getInstance("GBP")), 9));
        List<Coverage> coverage = List.of(
                new Coverage(new SeriesKey(LABOUR, Platform.FACEBOOK, new MetricId("impressions"), Segment.TOTAL), THREE_DAYS.window(), "page.csv"),
                new Coverage(new SeriesKey(LABOUR, Platform.WEB, new MetricId("donations_amount"), Segment.TOTAL), THREE_DAYS.window(), "donations.csv"));
        return ObservationSet.of(rows, coverage, MetricCatalogue.builtIn());
    }

    private static Observation observation(String metric, Window window, long value, Optional<Currency> currency, int line) {
        Platform platform = metric.equals("donations_amount") ? Platform.WEB : Platform.FACEBOOK;
        return new Observation(LABOUR, platform, new MetricId(metric), window, Segment.TOTAL, new Amount(Interval.exactly(value), currency),
                Provenance.of("page.csv", line));
    }

    private ClaimResult check(String check) {
        return checker.check(Claim.of("c", check));
    }

    @Test
    void dailyReachAloneBoundsThePeriodsReachBetweenTheLargestDayAndTheSum() {
        ClaimResult result = check("reach{labour, facebook, final3} = 45");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.sides().orElseThrow().left()).isEqualTo(Interval.of("30", "60"));
        assertThat(result.explanation()).contains("Labour's final3 Facebook reach was between 30 and 60")
                .contains("a count of distinct people known only to lie between 30 and 60");
        assertThat(check("reach{labour, facebook, final3} >= 30").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void coveredDailyImpressionsAddUp() {
        ClaimResult result = check("impressions{labour, facebook, final3} = 600");

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.series()).singleElement().satisfies(v -> assertThat(v.observations()).hasSize(3));
    }

    @Test
    void moneyCarriesItsCurrencyFromTheObservations() {
        assertThat(check("donations_amount{labour, web, final3} = £85,327").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(check("donations_amount{labour, web, final3} > $5").error().orElseThrow().message())
                .startsWith("this compares GBP and USD");
    }

    @Test
    void aSeriesWithNoObservationsIsNoData() {
        assertThat(check("likes{labour, facebook, final3} > 5").verdict()).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void aDisagreementBehindTheVerdictIsPartOfItsSentenceWithBothValuesAndTheirFiles() {
        List<Observation> rows = new ArrayList<>();
        long[] daily = {100, 200, 300};
        for (int day = 0; day < 3; day++) {
            rows.add(new Observation(LABOUR, Platform.FACEBOOK, new MetricId("impressions"), Window.ofDay(FIRST.plusDays(day), Dossier.LONDON),
                    Segment.TOTAL, Amount.of(Interval.exactly(daily[day])), Provenance.of("daily.csv", day + 2)));
        }
        rows.add(new Observation(LABOUR, Platform.FACEBOOK, new MetricId("impressions"), THREE_DAYS.window(), Segment.TOTAL,
                Amount.of(Interval.exactly(650)), Provenance.of("weekly.csv", 7)));
        Window firstDay = Window.ofDay(FIRST, Dossier.LONDON);
        rows.add(new Observation(LABOUR, Platform.FACEBOOK, new MetricId("likes"), firstDay, Segment.TOTAL, Amount.of(Interval.exactly(70)), Provenance.of("a.csv", 3)));
        rows.add(new Observation(LABOUR, Platform.FACEBOOK, new MetricId("likes"), firstDay, Segment.TOTAL, Amount.of(Interval.exactly(78)), Provenance.of("b.csv", 4)));
        ClaimChecker overDisagreeingData = new ClaimChecker(new ClaimContext(MetricCatalogue.builtIn(), Map.of(LABOUR, "Labour"),
                Map.of("final3", THREE_DAYS, "first", Period.onDay("first", FIRST, Dossier.LONDON)), Set.of()),
                ObservationSet.of(rows, List.of(), MetricCatalogue.builtIn()));

        ClaimResult grains = overDisagreeingData.check(Claim.of("grains", "impressions{labour, facebook, final3} > 600"));
        ClaimResult twice = overDisagreeingData.check(Claim.of("twice", "likes{labour, facebook, first} >= 78"));

        assertThat(grains.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(grains.explanation()).contains(": true. The figures behind it disagree: the 3-day figure for 2019-12-10"
                + " to 2019-12-12 is 650 (weekly.csv:7); the 3 daily figures (daily.csv lines 2 to 4) add up to 600;"
                + " the figure for the whole period is used.");
        assertThat(twice.explanation()).contains("The figures behind it disagree:").contains("70 (a.csv:3)")
                .contains("78 (b.csv:4)");
        assertThat(check("impressions{labour, facebook, final3} = 600").explanation()).doesNotContain("disagree");
    }
}
