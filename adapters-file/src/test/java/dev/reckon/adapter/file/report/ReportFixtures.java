package dev.reckon.adapter.file.report;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimError;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.domain.claim.Position;
import dev.reckon.domain.claim.Sides;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** A small checked dossier with one claim of each verdict, as the claim checker would report it. */
final class ReportFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Period GE2019 = Period.of("ge2019", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12), LONDON);
    static final Period GE2017 = Period.of("ge2017", LocalDate.of(2017, 4, 18), LocalDate.of(2017, 6, 8), LONDON);

    private ReportFixtures() {
    }

    static DossierCheck sampleCheck() {
        return new DossierCheck("GE2019 sample", List.of(halfTheViews(), fellBack(), rounded(), followers(),
                unparsable()), List.of());
    }

    /** True, with a series read from seven daily rows of one file. */
    static ClaimResult halfTheViews() {
        SeriesValue views2019 = dailyViews(GE2019, 50_000, 7, true);
        SeriesValue views2017 = new SeriesValue(SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK,
                GE2017), SeriesStatus.VALUE, Interval.exactly(700_000), Optional.empty(),
                List.of(observation(GE2017.window(), 700_000, "data/labour.csv", 2)), List.of(),
                "one observation covers the period exactly", List.of());
        Claim claim = new Claim("half-views", "gaining just half the video views of 2017",
                "video_views{labour, facebook, ge2019} / video_views{labour, facebook, ge2017} ~ 0.5 within 10%",
                Optional.of(new ClaimSource("Leader's Team Digital", "submission to the NEC", "2020-01")));
        return new ClaimResult(claim, Verdict.TRUE,
                "Labour's 2019 Facebook video views were 50% of 2017's; the claim says half, within 10%: true.",
                "~ within a relative tolerance: |a - b| <= t * |b|", List.of(views2019, views2017),
                Optional.of(new Sides(Interval.exactly("0.5"), Interval.exactly("0.5"))), Optional.empty());
    }

    /** False, a plain comparison. */
    static ClaimResult fellBack() {
        Claim claim = new Claim("fell-back", "fell back on Facebook",
                "video_views{labour, facebook, ge2019} > video_views{labour, facebook, ge2017}", Optional.empty());
        return new ClaimResult(claim, Verdict.FALSE, "2019's views (350,000) are not above 2017's (700,000): false.",
                "a > b is false when a.hi <= b.lo", List.of(dailyViews(GE2019, 50_000, 7, false)),
                Optional.of(new Sides(Interval.exactly(350_000), Interval.exactly(700_000))), Optional.empty());
    }

    /** Undecided by rounding, without data. */
    static ClaimResult rounded() {
        Claim claim = Claim.of("rounded", "436k / 865k = 50.4%");
        return new ClaimResult(claim, Verdict.UNDECIDED,
                "436k / 865k lies between 50.32% and 50.49%, which overlaps 50.4% (50.35% to 50.45%): undecided.",
                "= with a bare figure: the two overlap", List.of(),
                Optional.of(new Sides(Interval.of("0.503177", "0.504916"), Interval.of("0.5035", "0.5045"))),
                Optional.empty());
    }

    /** No data, with the missing series and its gap. */
    static ClaimResult followers() {
        Period pollingDay = Period.onDay("polling-day", LocalDate.of(2019, 12, 12), LONDON);
        SeriesQuery query = SeriesQuery.of(new MetricId("followers"), Subject.of("jc"), Platform.TWITTER, pollingDay);
        Claim claim = Claim.of("jc-followers", "followers{jc, twitter, polling-day} > 2m");
        return new ClaimResult(claim, Verdict.NO_DATA, "No data for followers{jc,twitter,polling-day}: no-data.",
                "a missing series leaves the claim unknown", List.of(SeriesValue.missing(query,
                        "no observation or coverage touches polling-day")),
                Optional.of(new Sides(Interval.ALL, Interval.exactly(2_000_000))), Optional.empty());
    }

    /** Invalid, with the error's position. */
    static ClaimResult unparsable() {
        Claim claim = Claim.of("typo", "video_views{labour, facebook,} > 2");
        return new ClaimResult(claim, Verdict.INVALID, "The check cannot be read: expected a period after 'facebook,'.",
                "the check must parse", List.of(), Optional.empty(),
                Optional.of(ClaimError.at(new Position(1, 30), "expected a period after 'facebook,' but found '}'")));
    }

    /** Seven daily rows; complete when the file covers the period, else the days after them are a gap. */
    private static SeriesValue dailyViews(Period period, long perDay, int days, boolean complete) {
        LocalDate first = period.from();
        List<Observation> rows = IntStream.range(0, days)
                .mapToObj(i -> observation(Window.ofDay(first.plusDays(i), LONDON), perDay, "data/labour.csv", 10 + i))
                .toList();
        BigDecimal sum = BigDecimal.valueOf(perDay * days);
        if (complete) {
            return new SeriesValue(SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK, period),
                    SeriesStatus.VALUE, Interval.exactly(sum), Optional.empty(), rows, List.of(),
                    "sum of daily observations; the file covers the whole period", List.of());
        }
        Window gap = new Window(Window.ofDay(first.plusDays(days), LONDON).start(), period.window().end());
        return new SeriesValue(SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK, period),
                SeriesStatus.VALUE, Interval.atLeast(sum), Optional.empty(), rows, List.of(gap),
                "sum of daily observations; days without data leave the upper end open", List.of());
    }

    private static Observation observation(Window window, long value, String file, int line) {
        return new Observation(Subject.of("labour"), Platform.FACEBOOK, new MetricId("video_views"), window, Segment.TOTAL,
                Amount.of(Interval.exactly(value)), Provenance.of(file, line));
    }
}
