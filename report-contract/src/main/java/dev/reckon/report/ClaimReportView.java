package dev.reckon.report;

import dev.reckon.domain.claim.ClaimError;
import dev.reckon.domain.claim.Position;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.domain.claim.Sides;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.SeriesValue;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * One claim's verdict with its evidence, as plain data: an element of {@link ReportView#claims()}
 * and the answer of the HTTP API's evaluations. Absent parts are null, so they show as JSON nulls.
 *
 * <p>Bounds are exact decimal strings ({@code "350000"}, {@code "0.5035"}) or {@code "-inf"} /
 * {@code "+inf"}, never JSON numbers, so no reader loses digits to binary floating point.
 *
 * @param verdict {@code true}, {@code false}, {@code undecided}, {@code no-data} or {@code invalid}
 * @param rule    the rule that decided
 * @param sides   the two sides when the check is a single comparison, else null
 * @param error   why the claim is invalid, else null
 * @param source  who made the claim, where and when, else null
 * @param posts   the posts the explanation names, in its order (of a set by post: the top two of a
 *                {@code max} or {@code min}, the labelled post and its rival of an {@code argmax}); empty
 *                for every other claim. Added with sets by post, after every other field.
 */
public record ClaimReportView(String id, String text, String check, String verdict, String explanation, String rule,
                              List<SeriesView> series, SidesView sides, ErrorView error, SourceView source,
                              List<PostView> posts) {

    /** How many {@code sources} a series lists at most. */
    public static final int MAX_SOURCES = 5;

    public static ClaimReportView of(ClaimResult result) {
        return new ClaimReportView(result.claim().id(), result.claim().text(), result.claim().check(),
                result.verdict().id(), result.explanation(), result.rule(),
                result.series().stream().map(SeriesView::of).toList(),
                result.sides().map(SidesView::of).orElse(null),
                result.error().map(ErrorView::of).orElse(null),
                result.claim().source().map(SourceView::of).orElse(null),
                result.posts().stream().map(post -> PostView.of(post, zoneOf(result))).toList());
    }

    /**
     * The dossier's zone, as the periods of the series a claim reads are in it; a claim that names
     * posts reads at least the series of its set's whole period.
     */
    private static ZoneId zoneOf(ClaimResult result) {
        return result.series().stream().map(value -> value.query().period().zone()).findFirst().orElse(ZoneOffset.UTC);
    }

    /** Up to {@link #MAX_SOURCES} distinct {@code file:line} the observations of {@code value} came from. */
    public static List<String> sources(SeriesValue value) {
        return value.observations().stream().map(Observation::provenance).map(Provenance::location).distinct()
                .limit(MAX_SOURCES).toList();
    }

    /**
     * @param ref          {@code video_views{labour,facebook,ge2019}}
     * @param observations how many observations the value was computed from
     * @param gaps         parts of the period no observation or coverage accounts for
     * @param status       {@code value}, {@code missing} or {@code not-aggregable}
     * @param sources      up to {@link #MAX_SOURCES} distinct {@code file:line} the observations came from
     * @param currency     ISO 4217 code of a money series, else null
     */
    public record SeriesView(String ref, String lo, String hi, int observations, List<GapView> gaps, String status,
                             String rule, List<String> sources, String currency, List<String> notes) {

        public static SeriesView of(SeriesValue value) {
            ZoneId zone = value.query().period().zone();
            return new SeriesView(value.query().ref(), value.value().loText(), value.value().hiText(),
                    value.observations().size(), value.gaps().stream().map(gap -> GapView.of(gap, zone)).toList(),
                    value.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), value.rule(), ClaimReportView.sources(value),
                    value.currency().map(Currency::getCurrencyCode).orElse(null), value.notes());
        }
    }

    /** A half-open stretch of time {@code [from, to)}, as ISO-8601 date-times in the period's time zone. */
    public record GapView(String from, String to) {

        public static GapView of(Window gap, ZoneId zone) {
            return new GapView(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(gap.start().atZone(zone)),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(gap.end().atZone(zone)));
        }
    }

    public record SidesView(BoundsView left, BoundsView right) {

        static SidesView of(Sides sides) {
            return new SidesView(BoundsView.of(sides.left()), BoundsView.of(sides.right()));
        }
    }

    public record BoundsView(String lo, String hi) {

        public static BoundsView of(Interval interval) {
            return new BoundsView(interval.loText(), interval.hiText());
        }
    }

    /** Where in the check the error is: 1-based line and column, 0 when it has no position. */
    public record ErrorView(String message, int line, int column) {

        static ErrorView of(ClaimError error) {
            return new ErrorView(error.message(), error.position().map(Position::line).orElse(0),
                    error.position().map(Position::column).orElse(0));
        }
    }

    public record SourceView(String who, String where, String when) {

        static SourceView of(ClaimSource source) {
            return new SourceView(source.who(), source.where(), source.when());
        }
    }
}
