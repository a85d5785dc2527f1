package dev.reckon.adapter.file.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.domain.claim.ClaimError;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.domain.claim.Sides;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.series.SeriesValue;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, a contract other tools read: field names and meanings only ever grow.
 *
 * <p>Bounds are exact decimal strings ({@code "350000"}, {@code "0.5035"}) or {@code "-inf"} /
 * {@code "+inf"}, never JSON numbers, so no reader loses digits to binary floating point.
 *
 * @param dossier the dossier's title
 * @param claims  one entry per claim, in the dossier's order
 * @param summary how many claims got each verdict, every verdict present
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JsonReport(String dossier, List<ClaimJson> claims, Map<String, Long> summary) {

    /** How many {@code sources} a series lists at most. */
    public static final int MAX_SOURCES = 5;

    public static JsonReport of(DossierCheck check) {
        Map<String, Long> summary = new LinkedHashMap<>();
        check.summary().forEach((verdict, count) -> summary.put(verdict.id(), count));
        return new JsonReport(check.title(), check.results().stream().map(ClaimJson::of).toList(), summary);
    }

    /**
     * @param verdict {@code true}, {@code false}, {@code undecided}, {@code no-data} or {@code invalid}
     * @param rule    the rule that decided
     * @param sides   the two sides when the check is a single comparison, else null
     * @param error   why the claim is invalid, else null
     * @param source  who made the claim, where and when, else null
     */
    public record ClaimJson(String id, String text, String check, String verdict, String explanation, String rule,
                            List<SeriesJson> series, SidesJson sides, ErrorJson error, SourceJson source) {

        static ClaimJson of(ClaimResult result) {
            return new ClaimJson(result.claim().id(), result.claim().text(), result.claim().check(),
                    result.verdict().id(), result.explanation(), result.rule(),
                    result.series().stream().map(SeriesJson::of).toList(),
                    result.sides().map(SidesJson::of).orElse(null),
                    result.error().map(ErrorJson::of).orElse(null),
                    result.claim().source().map(SourceJson::of).orElse(null));
        }
    }

    /**
     * @param ref          {@code video_views{labour,facebook,ge2019}}
     * @param observations how many observations the value was computed from
     * @param gaps         parts of the period no observation or coverage accounts for
     * @param status       {@code value}, {@code missing} or {@code not-aggregable}
     * @param sources      up to {@link #MAX_SOURCES} distinct {@code file:line} the observations came from
     * @param currency     ISO 4217 code of a money series, else null
     */
    public record SeriesJson(String ref, String lo, String hi, int observations, List<GapJson> gaps, String status,
                             String rule, List<String> sources, String currency, List<String> notes) {

        static SeriesJson of(SeriesValue value) {
            ZoneId zone = value.query().period().zone();
            return new SeriesJson(value.query().ref(), value.value().loText(), value.value().hiText(),
                    value.observations().size(), value.gaps().stream().map(gap -> GapJson.of(gap, zone)).toList(),
                    value.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), value.rule(),
                    SeriesText.sources(value),
                    value.currency().map(Currency::getCurrencyCode).orElse(null), value.notes());
        }
    }

    /** A half-open stretch of time {@code [from, to)}, as ISO-8601 date-times in the period's time zone. */
    public record GapJson(String from, String to) {

        static GapJson of(Window gap, ZoneId zone) {
            return new GapJson(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(gap.start().atZone(zone)),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(gap.end().atZone(zone)));
        }
    }

    public record SidesJson(BoundsJson left, BoundsJson right) {

        static SidesJson of(Sides sides) {
            return new SidesJson(BoundsJson.of(sides.left()), BoundsJson.of(sides.right()));
        }
    }

    public record BoundsJson(String lo, String hi) {

        static BoundsJson of(Interval interval) {
            return new BoundsJson(interval.loText(), interval.hiText());
        }
    }

    /** Where in the check the error is: 1-based line and column, 0 when it has no position. */
    public record ErrorJson(String message, int line, int column) {

        static ErrorJson of(ClaimError error) {
            return new ErrorJson(error.message(), error.line(), error.column());
        }
    }

    public record SourceJson(String who, String where, String when) {

        static SourceJson of(ClaimSource source) {
            return new SourceJson(source.who(), source.where(), source.when());
        }
    }
}
