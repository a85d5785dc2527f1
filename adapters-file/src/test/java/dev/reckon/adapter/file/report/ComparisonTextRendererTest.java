package dev.reckon.adapter.file.report;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonTextRendererTest {

    @Test
    void twoSeriesSideBySideWithEveryDerivedFigure() throws IOException {
        String text = render(value("labour", Interval.exactly(350_000)), value("jc", Interval.exactly(700_000)));

        assertThat(text.split("\n")).containsExactly(
                "A  video_views{labour,facebook,ge2019}  350000 (1 observation: given)",
                "B  video_views{jc,facebook,ge2019}      700000 (1 observation: given)",
                "difference (A - B):            -350000",
                "ratio (A / B):                 0.5",
                "percent change ((A - B) / B):  -50%",
                "direction:                     down");
    }

    @Test
    void figuresThatDoNotEndAreShownAsAboutTheirRounding() throws IOException {
        String text = render(value("labour", Interval.exactly(31_000_000)), value("jc", Interval.exactly(61_000_000)));

        assertThat(text).contains("ratio (A / B):                 about 0.5082\n")
                .contains("percent change ((A - B) / B):  about -49.18%\n");
    }

    @Test
    void rangesAreRoundedOutwardAndOpenEndsStayOpen() throws IOException {
        String text = render(value("labour", Interval.atLeast(new java.math.BigDecimal("350000"))),
                value("jc", Interval.of("600000", "700001")));

        assertThat(text).contains("difference (A - B):            [-350001, +inf]\n")
                .contains("ratio (A / B):                 [0.4999, +inf]\n")
                .contains("direction:                     undecided\n");
        assertThat(ComparisonTextRenderer.rounded(Interval.of("0.49123", "0.53987"), 4, ""))
                .isEqualTo("[0.4912, 0.5399]");
    }

    @Test
    void severalSeriesAreRankedWithTiesAndWithoutTheOnesThatHaveNoValue() throws IOException {
        SeriesValue missing = SeriesValue.missing(query("johnson"), "nothing was recorded");

        String text = render(value("labour", Interval.exactly(825_000)), value("jc", Interval.of("2150000", "2250000")),
                value("momentum", Interval.of("2200000", "2300000")), missing);

        assertThat(text.split("\n")).containsExactly(
                "1-2    video_views{momentum,facebook,ge2019}  [2200000, 2300000] (1 observation: given)"
                        + "  tied: the values cannot separate it from its neighbours",
                "1-2    video_views{jc,facebook,ge2019}        [2150000, 2250000] (1 observation: given)"
                        + "  tied: the values cannot separate it from its neighbours",
                "3      video_views{labour,facebook,ge2019}    825000 (1 observation: given)",
                "not ranked  video_views{johnson,facebook,ge2019}  no value (0 observations: nothing was recorded)",
                "note: video_views{johnson,facebook,ge2019} has no value: nothing was recorded");
    }

    private static String render(SeriesValue... values) throws IOException {
        StringWriter out = new StringWriter();
        new ComparisonTextRenderer().render(new DossierComparison("t", List.of(values), List.of()), out);
        return out.toString();
    }

    private static SeriesValue value(String subject, Interval value) {
        return new SeriesValue(query(subject), SeriesStatus.VALUE, value, Optional.empty(),
                ReportFixtures.halfTheViews().series().get(1).observations(), List.of(), "given", List.of());
    }

    private static SeriesQuery query(String subject) {
        return SeriesQuery.of(new MetricId("video_views"), Subject.of(subject), Platform.FACEBOOK, ReportFixtures.GE2019);
    }
}
