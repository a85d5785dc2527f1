package dev.reckon.adapter.file.report;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {

    @Test
    void writesTheTitleATableRowPerClaimAndTheSummary() throws IOException {
        String report = render(ReportFixtures.sampleCheck());

        assertThat(report).startsWith("# GE2019 sample\n\n| Verdict | Claim | Text | Check | Explanation |\n"
                + "| --- | --- | --- | --- | --- |\n");
        assertThat(report).contains("| **undecided** | `rounded` |  | `436k / 865k = 50.4%` | 436k / 865k lies");
        assertThat(report).contains("\n**Summary:** 5 claims: 1 true, 1 false, 1 undecided, 1 no-data, 1 invalid\n");
    }

    @Test
    void listsTheEvidenceOfEveryClaimThatReadsSeries() throws IOException {
        String report = render(ReportFixtures.sampleCheck());

        assertThat(report).contains("\n## Evidence\n\n### half-views\n\n"
                + "Rule: \\~ within a relative tolerance: |a - b| &lt;= t \\* |b|\n\n"
                + "- `video_views{labour,facebook,ge2019}`: 350000, 7 observations (data/labour.csv:10, "
                + "data/labour.csv:11, data/labour.csv:12, data/labour.csv:13, data/labour.csv:14). ");
        assertThat(report).contains("- `followers{jc,twitter,polling-day}`: no value, 0 observations. ");
        assertThat(report).doesNotContain("### rounded");
    }

    @Test
    void saysWhichStretchesOfAPeriodNoDataCovers() throws IOException {
        String report = render(ReportFixtures.sampleCheck());

        assertThat(report).contains("days without data leave the upper end open\n"
                + "  - not covered by any data: 2019-11-13T00:00:00Z to 2019-12-13T00:00:00Z\n");
    }

    @Test
    void moneyCarriesItsCurrency() throws IOException {
        SeriesValue donations = new SeriesValue(SeriesQuery.of(new MetricId("donations_amount"), Subject.of("labour"), Platform.ALL,
                ReportFixtures.GE2019), SeriesStatus.VALUE, Interval.exactly(85_327),
                Optional.of(Currency.getInstance("GBP")), List.of(), List.of(), "given", List.of());
        ClaimResult result = new ClaimResult(Claim.of("d", "donations_amount{labour, all, ge2019} = £85,327"),
                Verdict.TRUE, "fine", "r", List.of(donations), Optional.empty(), Optional.empty());

        assertThat(render(new DossierCheck("t", List.of(result), List.of())))
                .contains("- `donations_amount{labour,all,ge2019}`: 85327 GBP, 0 observations. given\n");
    }

    @Test
    void escapesPipesAndFoldsLineBreaksSoTheTableHolds() throws IOException {
        ClaimResult result = new ClaimResult(new Claim("p", "either | or\nnext line", "1 < 2", Optional.empty()),
                Verdict.TRUE, "fine", "r", List.of(), Optional.empty(), Optional.empty());

        String report = render(new DossierCheck("t", List.of(result), List.of()));

        assertThat(report).contains("| **true** | `p` | either \\| or next line | `1 < 2` | fine |\n");
        assertThat(report).doesNotContain("## Evidence");
    }

    @Test
    void htmlAndLinksFromTheDossierShowAsTextAndNeverRunOrLink() throws IOException {
        ClaimResult result = new ClaimResult(new Claim("x", "[click](javascript:alert(1)) <img src=x onerror=alert(1)>",
                "reach{labour, facebook, ge2019, region=\"``</code><script>alert(2)</script>\"} = 1", Optional.empty()),
                Verdict.FALSE, "*not* so: _labour_ ~~had~~ <b>less</b> & more", "r", List.of(), Optional.empty(),
                Optional.empty());

        String report = render(new DossierCheck("<script>alert(0)</script>", List.of(result), List.of()));

        assertThat(report).startsWith("# &lt;script&gt;alert(0)&lt;/script&gt;\n");
        assertThat(report).contains("| \\[click\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; | ");
        assertThat(report).contains(" | ```reach{labour, facebook, ge2019, region=\"``</code><script>alert(2)</script>\"} = 1``` | ");
        assertThat(report).contains(" | \\*not\\* so: \\_labour\\_ \\~\\~had\\~\\~ &lt;b&gt;less&lt;/b&gt; &amp; more |\n");
        // Outside the code span, no angle bracket and no bracket that is not escaped.
        assertThat(report.replaceAll("```[^`]*(`{1,2}[^`]+)*```", "")).doesNotContainPattern("<|(?<!\\\\)\\[");
    }

    @Test
    void aCodeSpanThatStartsWithABacktickIsPaddedSoItStillCloses() {
        assertThat(MarkdownText.code("`a`")).isEqualTo("`` `a` ``");
        assertThat(MarkdownText.code("plain")).isEqualTo("`plain`");
    }

    private static String render(DossierCheck check) throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReportRenderer().render(check, out);
        return out.toString();
    }
}
