package dev.reckon.adapter.file.facebook;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The classic Insights exports of the page "Visualization Studio VIC" in
 * shared/real-exports/facebook-insights. Expected figures were computed by hand with Python's csv
 * module (page export decoded as cp1252, rows from the third): for example
 * {@code sum(int(r[h.index('Daily Total Impressions')]) for r in rows[2:])} = 1762, and the cells of
 * the {@code Lifetime Likes by City - } columns that are not empty, 545.
 */
class FacebookRealExportsTest {

    private static final String SUFFIX = " - Visualization Studio VIC - 2014-01-01 - 2014-02-27.csv";
    private static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");
    private final ImportContext context =
            Inputs.context(MELBOURNE, Inputs.accounts(Map.of(Platform.FACEBOOK, "Visualization Studio VIC")));

    private static Path real(String kind) {
        return Inputs.realExports("facebook-insights").resolve("Facebook Insights Data Export" + kind + SUFFIX);
    }

    @Test
    void reads_the_page_export() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = real("");
        InsightsPageReader reader = new InsightsPageReader();

        ImportReport report = reader.read(Inputs.file(file, context), sink);

        assertThat(reader.recognise(Inputs.header(Inputs.file(file, context))).matches()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(58);
        assertThat(sink.total("impressions")).isEqualByComparingTo("1762");
        assertThat(sink.of("impressions")).hasSize(58 * 3); // daily, weekly and 28-day
        assertThat(sink.of("reach")).filteredOn(o -> o.segment().isTotal()).hasSize(58 * 3);
        assertThat(sink.valueOn("page_likes", LocalDate.of(2014, 2, 27), MELBOURNE)).isEqualByComparingTo("128");
        // 'Lifetime Total Likes' reads 0 until 11 February, then 107: those zeros were never a count.
        assertThat(sink.onDay("page_likes", LocalDate.of(2014, 2, 11), MELBOURNE)).isEmpty();
        assertThat(sink.valueOn("page_likes", LocalDate.of(2014, 2, 12), MELBOURNE)).isEqualByComparingTo("107");
        assertThat(sink.of("page_likes")).filteredOn(o -> o.segment().isTotal()).hasSize(16);
        assertThat(report.notes()).anyMatch(n -> n.contains("Lifetime Total Likes (before 2014-02-12)"));
        assertThat(sink.of("page_likes")).filteredOn(o -> o.segment().key().equals("country")).hasSize(278);
        assertThat(sink.of("page_likes")).filteredOn(o -> o.segment().key().equals("city")).hasSize(545);
        assertThat(sink.of("reach")).filteredOn(o -> o.segment().key().equals("city")).hasSize(481);
        assertThat(sink.of("reach")).filteredOn(o -> o.segment().key().equals("country")).hasSize(256);
        assertThat(sink.observations).anyMatch(o -> o.segment().value().equals("Barcelona, Cataluña, Spain"));
        // Every daily video views cell is empty: unknown, neither observed nor covered.
        assertThat(sink.of("video_views")).filteredOn(o -> o.window().duration().toDays() == 1).isEmpty();
        assertThat(sink.coverageOf("impressions")).containsExactly(
                Window.ofDays(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 2, 27), MELBOURNE));
    }

    @Test
    void reads_the_post_level_export() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = InsightsPostReader.posts().read(Inputs.file(real(" (Post Level)"), context), sink);

        assertThat(report.problems()).isEmpty();
        assertThat(sink.total("posts")).isEqualByComparingTo("3");
        assertThat(sink.total("post_impressions")).isEqualByComparingTo("313"); // 139 + 117 + 57
        assertThat(sink.onDay("post_reach", LocalDate.of(2014, 2, 19), MELBOURNE).orElseThrow().value())
                .isEqualTo(Interval.exactly(76));
        assertThat(sink.total("post_likes")).isEqualByComparingTo("2");
        assertThat(sink.total("post_comments")).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(sink.coverageOf("posts")).containsExactly(
                Window.ofDays(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 2, 27), MELBOURNE));
        // Each post kept, with its values adding up to the daily ones.
        assertThat(sink.posts).hasSize(3);
        assertThat(sink.posts.get(0).id().id()).isEqualTo("518995791497187_10152225918189138");
        assertThat(sink.posts.get(0).type()).contains("Status");
        assertThat(sink.posts.get(0).permalink())
                .contains("https://www.facebook.com/VisualizationStudio/posts/10152225918189138");
        assertThat(sink.posts.get(0).preview().orElseThrow()).startsWith("Project opportunity.");
        assertThat(sink.posts.stream().map(p -> p.value(new MetricId("post_impressions")).orElseThrow().lo().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("313");
    }

    @Test
    void reads_the_video_posts_export_which_has_no_videos() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = real(" (Video Posts)");

        ImportReport report = InsightsPostReader.videoPosts().read(Inputs.file(file, context), sink);

        assertThat(InsightsPostReader.videoPosts().recognise(Inputs.header(Inputs.file(file, context))).matches())
                .isTrue();
        assertThat(report.rowsRead()).isZero();
        assertThat(sink.observations).isEmpty();
        // No video in the window: zero video views, which is data.
        assertThat(sink.coverageOf("post_video_views")).hasSize(1);
    }
}
