package dev.reckon.adapter.file.facebook;

import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2017 generation of Insights exports, whose first header row holds machine names. */
class InsightsMachineNamesTest {

    private final ImportContext context =
            Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.FACEBOOK, "Campaign HQ")));

    private static LocalDate june(int day) {
        return LocalDate.of(2017, 6, day);
    }

    @Test
    void reads_page_columns_by_machine_name_and_period() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = Inputs.fixture("facebook/Facebook Insights Data Export - Campaign HQ - 2017-06-01 - 2017-06-02.csv");

        ImportReport report = new InsightsPageReader().read(Inputs.file(file, context), sink);

        assertThat(sink.valueOn("impressions", june(2), LONDON)).isEqualByComparingTo("15000");
        assertThat(sink.within("impressions", Segment.TOTAL, Window.ofDays(june(1).minusDays(6), june(1), LONDON))
                .orElseThrow().value()).isEqualTo(Interval.exactly(80000));
        assertThat(sink.valueOn("reach", june(1), LONDON)).isEqualByComparingTo("3000");
        assertThat(sink.within("reach", Segment.TOTAL, Window.ofDays(june(2).minusDays(27), june(2), LONDON))
                .orElseThrow().value()).isEqualTo(Interval.exactly(41000));
        assertThat(sink.valueOn("page_likes", june(2), LONDON)).isEqualByComparingTo("5050");
        assertThat(sink.within("page_likes", Segment.of("country", "SE"), Window.ofDay(june(2), LONDON))
                .orElseThrow().value()).isEqualTo(Interval.exactly(11));
        assertThat(report.mappedColumns()).contains("page_impressions:week -> impressions",
                "page_fans_country:lifetime - SE -> page_likes{country=SE}");
        assertThat(report.ignoredColumns()).containsExactly("page_engaged_users:days_28");
    }

    @Test
    void reads_post_columns_by_machine_name() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = Inputs.fixture(
                "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2017-06-01 - 2017-06-02.csv");

        ImportReport report = InsightsPostReader.posts().read(Inputs.file(file, context), sink);

        assertThat(report.problems()).isEmpty();
        assertThat(sink.valueOn("post_reach", june(8), LONDON)).isEqualByComparingTo("2000");
        assertThat(sink.valueOn("post_impressions", june(8), LONDON)).isEqualByComparingTo("2600");
        assertThat(sink.valueOn("post_likes", june(8), LONDON)).isEqualByComparingTo("150");
        assertThat(sink.valueOn("post_shares", june(8), LONDON)).isEqualByComparingTo("30");
        // Published after the file's last day: imported on its day, and the report says so.
        assertThat(report.notes()).anyMatch(n -> n.startsWith("some posts were published outside the window"));
    }
}
