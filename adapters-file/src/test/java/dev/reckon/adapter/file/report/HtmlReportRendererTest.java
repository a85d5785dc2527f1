package dev.reckon.adapter.file.report;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Reviewer;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.ClaimSource;
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
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-01T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void writesOneSelfContainedDocumentThatFetchesNothing() throws IOException {
        String html = render(ReportFixtures.sampleCheck());

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
        assertThat(html).contains("<style>").contains("prefers-color-scheme: dark").contains("size: A4");
        assertThat(html).doesNotContain(" src=").doesNotContain("href=\"http").doesNotContain("url(http")
                .doesNotContain("@import").doesNotContain("<link");
    }

    @Test
    void theSameCheckGivesTheSameBytesAndSaysWhenItWasChecked() throws IOException {
        String first = render(ReportFixtures.sampleCheck());

        assertThat(render(ReportFixtures.sampleCheck())).isEqualTo(first);
        assertThat(first).contains("Checked <time datetime=\"2020-02-01T10:15:30Z\">2020-02-01 10:15 UTC</time>");
    }

    @Test
    void showsEachVerdictAsAWordBesideItsColour() throws IOException {
        String html = render(ReportFixtures.sampleCheck());

        assertThat(html).contains("<span class=\"badge verdict-undecided\"><span aria-hidden=\"true\">≈</span>undecided</span>");
        assertThat(html).contains("<p>5 claims: 1 true, 1 false, 1 undecided, 1 no-data, 1 invalid</p>");
    }

    @Test
    void writesTextFromTheDossierAsTextNeverAsMarkup() throws IOException {
        Claim claim = new Claim("x<y", "<script>alert(1)</script> & \"more\"", "1 < 2",
                Optional.of(new ClaimSource("<b>who</b>", "where", "when")));
        ClaimResult result = new ClaimResult(claim, Verdict.TRUE, "1 is below 2: <true>.", "a < b", List.of(),
                Optional.of(new Sides(Interval.exactly(1), Interval.exactly(2))), Optional.empty());

        String html = render(new DossierCheck("</title><script>", List.of(result), List.of()));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>who");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("<title>&lt;/title&gt;&lt;script&gt; — Reckon report</title>")
                .contains("id=\"claim-1-x-y\"");
    }

    @Test
    void drawsOverlappingSidesOfAnUndecidedClaimAndSaysTheyOverlap() throws IOException {
        String html = render(ReportFixtures.sampleCheck());

        assertThat(html).contains("<desc id=\"claim-3-rounded-sides-desc\">Left side: between 0.5032 and 0.5049. "
                + "Right side: between 0.5035 and 0.5045. The two intervals overlap.</desc>");
    }

    @Test
    void usesALogarithmicScaleWhenTheSidesDifferByOrdersOfMagnitude() {
        String svg = NumberLineChart.svg("c", new Sides(Interval.exactly(31_000_000), Interval.exactly("0.5")))
                .orElseThrow();

        assertThat(svg).contains("The left side lies entirely above the right side. Logarithmic scale.");
        assertThat(svg).contains(">1</text>").contains(">1m</text>").contains(">10m</text>");
    }

    @Test
    void drawsTheRangeThatCountsAsAboutTheClaimedFigureSoATrueAboutClaimDoesNotLookMissed() {
        Sides about = new Sides(Interval.of("0.5081", "0.5082"), Interval.exactly("0.5"), Optional.empty(),
                Optional.of(Interval.of("0.45", "0.55")));

        String svg = NumberLineChart.svg("c", about).orElseThrow();

        assertThat(svg).contains("Right side: 0.5; the values that count as about it run from 0.45 to 0.55 (the shaded range). "
                + "The left side lies inside the range that counts as about the right side.");
        assertThat(svg).doesNotContain("entirely above");
        assertThat(svg).contains("<rect class=\"side-right range\"").as("the axis spans the range").contains(">0.44</text>").contains(">0.56</text>");
    }

    @Test
    void saysWhichWayAFalseAboutClaimMissesItsRangeWrittenOnEitherSide() {
        Sides missed = new Sides(Interval.exactly("0.5"), Interval.of("0.504", "0.5041"),
                Optional.of(Interval.of("0.4975", "0.5025")), Optional.empty());

        assertThat(NumberLineChart.svg("c", missed).orElseThrow())
                .contains("The right side lies above the range that counts as about the left side.")
                .contains("<rect class=\"side-left range\"");
    }

    @Test
    void drawsNoNumberLineWhenNeitherSideHasABound() {
        assertThat(NumberLineChart.svg("c", new Sides(Interval.ALL, Interval.ALL))).isEmpty();
    }

    @Test
    void drawsADailyBarPerObservationAndShadesTheDaysNoDataCovers() throws IOException {
        String html = render(ReportFixtures.sampleCheck());
        String fellBack = html.substring(html.indexOf("id=\"claim-2-fell-back\""), html.indexOf("id=\"claim-3-rounded\""));

        assertThat(Pattern.compile("<rect class=\"bar\"").matcher(fellBack).results().count()).isEqualTo(7);
        assertThat(fellBack).contains("<rect class=\"gap\" fill=\"url(#claim-2-fell-back-series-1-hatch)\"")
                .contains("<title>no data: 2019-11-13 to 2019-12-12</title>")
                .contains("7 daily figures over ge2019 (2019-11-06 to 2019-12-12); no data covers 2019-11-13 to 2019-12-12.");
    }

    @Test
    void outlinesALongerFigureThatDisagreesWithTheDailyOnesAndLabelsItsGrain() {
        Period week = Period.of("week", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 11, 12), ReportFixtures.LONDON);
        List<Observation> rows = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            rows.add(views(Window.ofDay(week.from().plusDays(day), ReportFixtures.LONDON), 10, 2 + day));
        }
        rows.add(views(week.window(), 90, 20));
        SeriesValue series = new SeriesValue(SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK, week),
                SeriesStatus.VALUE, Interval.exactly(70), Optional.empty(), rows, List.of(), "daily figures used",
                List.of("the figure for the whole period (90) is above the sum of the daily ones (70)"));

        String svg = SeriesTimeChart.svg("s", series);

        assertThat(Pattern.compile("<rect class=\"bar\"").matcher(svg).results().count()).isEqualTo(7);
        assertThat(svg).contains("<rect class=\"span disagree\"").contains(">7-day: 90</text>")
                .contains("7 daily figures; 7-day figure of 90 (2019-11-06 to 2019-11-12) over week")
                .contains("Figures of different grains disagree (outlined).");
    }

    private static Observation views(Window window, long value, int line) {
        return new Observation(Subject.of("labour"), Platform.FACEBOOK, new MetricId("video_views"), window, Segment.TOTAL,
                Amount.of(Interval.exactly(value)), Provenance.of("data/labour.csv", line));
    }

    @Test
    void listsTheEvidenceWithFilesLinesAndTheRuleThatDecided() throws IOException {
        String html = render(ReportFixtures.sampleCheck());

        assertThat(html).contains("<th scope=\"row\"><code>video_views{<wbr>labour,<wbr>facebook,<wbr>ge2017}</code></th>"
                + "<td class=\"num\">700,000</td><td class=\"num\">1</td><td>data/<wbr>labour.csv line 2</td>");
        assertThat(html).as("a value known only from below, its thousands grouped")
                .contains("<th scope=\"row\"><code>video_views{<wbr>labour,<wbr>facebook,<wbr>ge2019}</code></th><td class=\"num\">at least 350,000</td>");
        assertThat(html).contains("<p class=\"rule\">Rule that decided: a &gt; b is false when a.hi &lt;= b.lo</p>");
        assertThat(html).contains("<p class=\"error\">Line 1, column 30: expected a period after");
    }

    @Test
    void pathsAndSeriesMayBreakOnlyBetweenTheirPartsSoPrintedTablesNeverSplitAName() {
        assertThat(Html.breakable("data/2019 <GE>/reach{labour,facebook}"))
                .isEqualTo("data/<wbr>2019 &lt;GE&gt;/<wbr>reach{<wbr>labour,<wbr>facebook}");
        assertThat(Html.breakable("trailing/")).as("no break opportunity after the last character").isEqualTo("trailing/");
        assertThat(Html.breakable("&amp;")).as("entities are whole, and have no break in them").isEqualTo("&amp;amp;");
    }

    @Test
    void printedTablesWrapCellsAtTheirBreaksNotAnywhere() throws IOException {
        String css = new String(HtmlReportRendererTest.class.getResourceAsStream("/dev/reckon/adapter/file/report/report.css")
                .readAllBytes(), StandardCharsets.UTF_8);
        String print = css.substring(css.indexOf("@media print"));
        assertThat(print).as("on paper a cell breaks a word only when no break between words or parts fits")
                .contains("td { overflow-wrap: break-word; }")
                .as("on paper a table that is still too wide shows all of itself rather than being cut at the margin")
                .contains(".table-wrap { overflow: visible; }");
    }

    @Test
    void listsTheDataFilesWithWhatWasReadAndTheDaysTheyCover() throws IOException {
        var london = ReportFixtures.LONDON;
        List<Window> covered = List.of(Window.ofDays(LocalDate.of(2019, 11, 6), LocalDate.of(2019, 11, 20), london),
                Window.ofDays(LocalDate.of(2019, 11, 21), LocalDate.of(2019, 12, 12), london));
        ImportReport file = new ImportReport("data/labour.csv", "canonical-csv", "UTF-8", 40, 38, 2, List.of(),
                List.of(), List.of(), covered, List.of());
        DossierCheck check = new DossierCheck("t", ReportFixtures.sampleCheck().results(), List.of(file));

        assertThat(render(check)).contains("<tr><th scope=\"row\"><code>data/<wbr>labour.csv</code></th><td>canonical-csv</td>"
                + "<td class=\"num\">40</td><td class=\"num\">38</td><td class=\"num\">2</td>"
                + "<td>2019-11-06 to 2019-12-12</td></tr>");
    }

    @Test
    void saysWhenEachDataFileWasImportedWhenTheCheckKnows() throws IOException {
        ImportReport known = new ImportReport("data/labour.csv", "canonical-csv", "UTF-8", 1, 1, 0, List.of(),
                List.of(), List.of(), List.of(), List.of());
        ImportReport unknown = new ImportReport("data/other.csv", "canonical-csv", "UTF-8", 1, 1, 0, List.of(),
                List.of(), List.of(), List.of(), List.of());
        DossierCheck check = new DossierCheck("t", ReportFixtures.sampleCheck().results(), List.of(known, unknown),
                ImportCounts.allRead(2), Reviewer.NONE, Map.of("data/labour.csv", Instant.parse("2019-12-13T09:30:15Z")));

        String html = render(check);

        assertThat(html).contains("<th scope=\"col\">Imported (UTC)</th>")
                .contains("<td>nothing declared</td><td><time datetime=\"2019-12-13T09:30:15Z\">2019-12-13 09:30 UTC</time></td></tr>")
                .contains("<td>nothing declared</td><td>not recorded</td></tr>");
    }

    @Test
    void anImportAfterTheCheckTimeIsShownAtTheCheckTimeSoAPinnedReportStaysTheSame() throws IOException {
        ImportReport file = new ImportReport("data/labour.csv", "canonical-csv", "UTF-8", 1, 1, 0, List.of(),
                List.of(), List.of(), List.of(), List.of());
        DossierCheck check = new DossierCheck("t", ReportFixtures.sampleCheck().results(), List.of(file),
                ImportCounts.allRead(1), Reviewer.NONE, Map.of("data/labour.csv", CLOCK.instant().plusSeconds(86_400)));

        assertThat(render(check)).contains("<td><time datetime=\"" + CLOCK.instant().atOffset(ZoneOffset.UTC) + "\">");
    }

    private static String render(DossierCheck check) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportRenderer(CLOCK).render(check, out);
        return out.toString();
    }
}
