package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableReportRendererTest {

    @Test
    void writesOneAlignedLinePerClaimThenTheSummary() throws IOException {
        String[] lines = render(TableReportRenderer.plain()).split("\n");

        assertThat(lines).containsExactly(
                "true       half-views    Labour's 2019 Facebook video views were 50% of 2017's; the claim says half,"
                        + " within 10%: true.",
                "false      fell-back     2019's views (350,000) are not above 2017's (700,000): false.",
                "undecided  rounded       436k / 865k lies between 50.32% and 50.49%, which overlaps 50.4%"
                        + " (50.35% to 50.45%): undecided.",
                "no-data    jc-followers  No data for followers{jc,twitter,polling-day}: no-data.",
                "invalid    typo          The check cannot be read: expected a period after 'facebook,'.",
                "5 claims: 1 true, 1 false, 1 undecided, 1 no-data, 1 invalid");
    }

    @Test
    void plainOutputHasNoEscapeCodes() throws IOException {
        assertThat(render(TableReportRenderer.plain())).doesNotContain("\u001B[");
    }

    @Test
    void colouredOutputMarksEachVerdictAndKeepsTheColumnsAligned() throws IOException {
        String[] lines = render(TableReportRenderer.coloured()).split("\n");

        assertThat(lines[0]).startsWith("\u001B[32mtrue\u001B[0m       half-views");
        assertThat(lines[1]).startsWith("\u001B[31mfalse\u001B[0m      fell-back");
        assertThat(lines[4]).startsWith("\u001B[1;31minvalid\u001B[0m    typo");
        assertThat(lines[5]).doesNotContain("\u001B[");
    }

    @Test
    void aSingleClaimIsCountedInTheSingular() throws IOException {
        StringWriter out = new StringWriter();
        TableReportRenderer.plain().render(new dev.reckon.application.port.in.DossierCheck("one",
                java.util.List.of(ReportFixtures.rounded()), java.util.List.of()), out);

        assertThat(out.toString()).endsWith("1 claim: 0 true, 0 false, 1 undecided, 0 no-data, 0 invalid\n");
    }

    private static String render(TableReportRenderer renderer) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(ReportFixtures.sampleCheck(), out);
        return out.toString();
    }
}
