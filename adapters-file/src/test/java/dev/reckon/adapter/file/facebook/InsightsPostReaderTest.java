package dev.reckon.adapter.file.facebook;

import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightsPostReaderTest {

    private static final String POSTS_NAME =
            "Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv";
    private static final Path POSTS = Inputs.fixture("facebook/" + POSTS_NAME);
    private static final Path VIDEOS = Inputs.fixture(
            "facebook/Facebook Insights Data Export (Video Posts) - Campaign HQ - 2016-02-01 - 2016-02-29.csv");
    private static final LocalDate FEB_2 = LocalDate.of(2016, 2, 2);
    private static final LocalDate FEB_14 = LocalDate.of(2016, 2, 14);
    private static final Window FEBRUARY = Window.ofDays(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), LONDON);
    private final ImportContext context =
            Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.FACEBOOK, "campaign hq")));

    @Test
    void rolls_posts_up_by_publish_day() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = InsightsPostReader.posts().read(Inputs.file(POSTS, context), sink);

        assertThat(sink.valueOn("posts", FEB_14, LONDON)).isEqualByComparingTo("2");
        assertThat(sink.valueOn("post_impressions", FEB_14, LONDON)).isEqualByComparingTo("1900");
        assertThat(sink.valueOn("post_likes", FEB_14, LONDON)).isEqualByComparingTo("35");
        assertThat(sink.valueOn("post_comments", FEB_14, LONDON)).isEqualByComparingTo("3");
        assertThat(sink.valueOn("post_shares", FEB_14, LONDON)).isEqualByComparingTo("5");
        assertThat(sink.valueOn("post_impressions", FEB_2, LONDON)).isEqualByComparingTo("2500");
        assertThat(sink.onDay("post_impressions", FEB_14, LONDON).orElseThrow().provenance().line().orElseThrow()).isEqualTo(3);
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(report.mappedColumns()).containsExactly("Lifetime Post Total Reach -> post_reach",
                "Lifetime Post Total Impressions -> post_impressions",
                "Lifetime Post Stories by action type - comment -> post_comments",
                "Lifetime Post Stories by action type - like -> post_likes",
                "Lifetime Post Stories by action type - share -> post_shares", "(each row) -> posts");
        assertThat(report.ignoredColumns()).contains("Lifetime Engaged Users", "Lifetime Organic Video Views (column 15)");
    }

    @Test
    void bounds_the_reach_of_several_posts_of_a_day() throws IOException {
        RecordingSink sink = new RecordingSink();

        InsightsPostReader.posts().read(Inputs.file(POSTS, context), sink);

        // 500 and 300 people: at least 500 distinct people, at most 800.
        assertThat(sink.onDay("post_reach", FEB_14, LONDON).orElseThrow().value())
                .isEqualTo(Interval.of(new BigDecimal("500"), new BigDecimal("800")));
        assertThat(sink.onDay("post_reach", FEB_2, LONDON).orElseThrow().value()).isEqualTo(Interval.exactly(1000));
    }

    @Test
    void covers_every_day_of_the_file_name_both_ends_included() throws IOException {
        RecordingSink sink = new RecordingSink();

        InsightsPostReader.posts().read(Inputs.file(POSTS, context), sink);

        for (String metric : List.of("posts", "post_reach", "post_impressions", "post_likes", "post_comments",
                "post_shares")) {
            assertThat(sink.coverageOf(metric)).as(metric).containsExactly(FEBRUARY);
        }
    }

    @Test
    void video_posts_give_only_post_video_views_and_do_not_count_posts() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = InsightsPostReader.videoPosts().read(Inputs.file(VIDEOS, context), sink);

        assertThat(sink.valueOn("post_video_views", FEB_2, LONDON)).isEqualByComparingTo("1450");
        // Video views stay with the videos, and no row counts a post: nothing is rolled up by day.
        assertThat(sink.observations).isEmpty();
        assertThat(sink.posts).allSatisfy(post -> assertThat(post.values().keySet())
                .extracting(MetricId::value).containsOnly("post_video_views"));
        assertThat(sink.coverageOf("post_video_views")).containsExactly(FEBRUARY);
        assertThat(report.ignoredColumns()).contains("Lifetime Post Total Impressions", "Lifetime Unique Video Views");
    }

    @Test
    void a_malformed_video_export_reports_the_bad_cell_and_keeps_the_good_videos() throws IOException {
        RecordingSink sink = new RecordingSink();
        String text = "Post ID,Posted,Lifetime Total Video Views\n"
                + ",,Lifetime: Total number of times your video was viewed for more than 3 seconds. (Total Count)\n"
                + "1_1,02/02/2016 09:00:00 AM,\"1,450\"\n"
                + "1_2,02/03/2016 09:00:00 AM,1450 views\n";
        String name = "Facebook Insights Data Export (Video Posts) - Campaign HQ - 2016-02-01 - 2016-02-29.csv";

        ImportReport report = InsightsPostReader.videoPosts().read(Inputs.text(name, text, context), sink);

        assertThat(report.problems()).containsExactly(new RowProblem(name, 4, 3, "Lifetime Total Video Views",
                "expected a number but found '1450 views'"));
        assertThat(sink.valueOn("post_video_views", FEB_2, LONDON)).isEqualByComparingTo("1450");
        assertThat(sink.coverageOf("post_video_views")).containsExactly(
                Window.ofDays(LocalDate.of(2016, 2, 1), FEB_2, LONDON),
                Window.ofDays(LocalDate.of(2016, 2, 4), LocalDate.of(2016, 2, 29), LONDON));
    }

    @Test
    void tells_the_post_level_and_video_exports_apart_by_header_even_when_renamed() {
        var posts = Inputs.header(Inputs.file(POSTS, "a.csv", context));
        var videos = Inputs.header(Inputs.file(VIDEOS, "b.csv", context));

        assertThat(InsightsPostReader.posts().recognise(posts).matches()).isTrue();
        assertThat(InsightsPostReader.videoPosts().recognise(posts).reason())
                .isEqualTo("it is the post-level export, not the video posts one");
        assertThat(InsightsPostReader.videoPosts().recognise(videos).matches()).isTrue();
        assertThat(InsightsPostReader.posts().recognise(videos).matches()).isFalse();
    }

    @Test
    void reports_bad_cells_and_keeps_the_good_posts() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path malformed = Inputs.fixture(
                "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29-malformed.csv");

        ImportReport report = InsightsPostReader.posts().read(Inputs.file(malformed, POSTS_NAME, context), sink);

        assertThat(report.problems()).containsExactly(
                new RowProblem(POSTS_NAME, 4, 9, "Lifetime Post Total Reach", "expected a number but found 'N/A people'"),
                new RowProblem(POSTS_NAME, 5, 7, "Posted",
                        "expected a time like 02/14/2016 12:40:16 AM but found '2016-02-02'"));
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(sink.valueOn("post_impressions", FEB_14, LONDON)).isEqualByComparingTo("1200");
        assertThat(sink.total("posts")).isEqualByComparingTo("1");
        assertThat(sink.coverage).isEmpty();
    }
}
