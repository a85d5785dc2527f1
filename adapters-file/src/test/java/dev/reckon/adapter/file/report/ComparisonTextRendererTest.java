package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.in.DossierComparison;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTextRendererTest {

    @Test
    void writesEachSeriesWithItsValueAndHowItWasComputed() throws IOException {
        DossierComparison comparison = new DossierComparison("t", List.of(
                ReportFixtures.halfTheViews().series().get(0), ReportFixtures.fellBack().series().get(0),
                ReportFixtures.followers().series().get(0)), List.of());

        StringWriter out = new StringWriter();
        new ComparisonTextRenderer().render(comparison, out);

        assertThat(out.toString().split("\n")).containsExactly(
                "video_views{labour,facebook,ge2019}  350000 (7 observations: sum of daily observations; the file"
                        + " covers the whole period)",
                "video_views{labour,facebook,ge2019}  [350000, +inf] (7 observations: sum of daily observations;"
                        + " days without data leave the upper end open)",
                "followers{jc,twitter,polling-day}    no value (0 observations: no observation or coverage touches"
                        + " polling-day)");
    }
}
