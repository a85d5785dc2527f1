package dev.reckon.adapter.file.youtube;

import static dev.reckon.adapter.file.platform.Inputs.HQ;
import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YouTubeReadersTest {

    private static final Window SEPTEMBER = Window.ofDays(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30), LONDON);

    private static ImportContext entry(Optional<Window> covers) {
        return new ImportContext(LONDON, MetricCatalogue.builtIn(), SubjectDirectory.empty(), Optional.of(HQ),
                Optional.empty(), covers, Optional.empty(), Optional.empty(), "import-1");
    }

    private static LocalDate sep(int day) {
        return LocalDate.of(2024, 9, day);
    }

    private static Path fixture(String name) {
        return Inputs.fixture("youtube/" + name);
    }

    @Test
    void table_data_gives_the_total_row_over_the_declared_period() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = new YouTubeTableReader().read(Inputs.file(fixture("Table data.csv"),
                entry(Optional.of(SEPTEMBER))), sink);

        assertThat(sink.within("video_views", Segment.TOTAL, SEPTEMBER).orElseThrow().value())
                .isEqualTo(Interval.exactly(12345));
        assertThat(sink.within("impressions", Segment.TOTAL, SEPTEMBER).orElseThrow().value())
                .isEqualTo(Interval.exactly(100000));
        assertThat(sink.within("reach", Segment.TOTAL, SEPTEMBER).orElseThrow().value())
                .isEqualTo(Interval.exactly(5400));
        assertThat(sink.observations).hasSize(3).allMatch(o -> o.platform() == Platform.YOUTUBE);
        assertThat(report.ignoredColumns()).contains("Subscribers", "Watch time (hours)");
        assertThat(report.notes()).contains("2 videos published within 'covers' kept as posts, with their figures"
                + " over it as their lifetime values");
    }

    @Test
    void table_data_keeps_each_video_published_within_the_declared_period_as_a_post() throws IOException {
        RecordingSink sink = new RecordingSink();

        new YouTubeTableReader().read(Inputs.file(fixture("Table data.csv"), entry(Optional.of(SEPTEMBER))), sink);

        assertThat(sink.posts).hasSize(2);
        Post launch = sink.posts.get(0);
        assertThat(launch.id()).isEqualTo(new PostId(Platform.YOUTUBE, "-abc123DEF"));
        assertThat(launch.created()).isEqualTo(LocalDate.of(2024, 9, 27).atStartOfDay(LONDON).toInstant());
        assertThat(launch.values()).isEqualTo(Map.of(new MetricId("post_video_views"), Interval.exactly(8000),
                new MetricId("post_impressions"), Interval.exactly(60000)));
        assertThat(launch.preview()).contains("Launch video");
        assertThat(launch.permalink()).contains("https://www.youtube.com/watch?v=-abc123DEF");
        assertThat(launch.type()).contains("video");
        assertThat(launch.provenance().line()).hasValue(3);
        assertThat(sink.posts.get(1).value(new MetricId("post_video_views"))).contains(Interval.exactly(4345));
    }

    @Test
    void table_data_keeps_no_video_published_before_the_declared_period() throws IOException {
        RecordingSink sink = new RecordingSink();
        Window lateSeptember = Window.ofDays(LocalDate.of(2024, 9, 28), LocalDate.of(2024, 9, 30), LONDON);

        ImportReport report = new YouTubeTableReader().read(Inputs.file(fixture("Table data.csv"),
                entry(Optional.of(lateSeptember))), sink);

        assertThat(sink.posts).extracting(post -> post.id().id()).containsExactly("xyz789");
        assertThat(report.notes()).contains("1 videos published outside 'covers' not kept as posts: their figures"
                + " cover only part of their lives");
    }

    @Test
    void table_data_without_a_declared_period_is_refused() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = new YouTubeTableReader().read(Inputs.file(fixture("Table data.csv"),
                entry(Optional.empty())), sink);

        assertThat(sink.observations).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("a YouTube table export does not say which period its figures are over"));
    }

    @Test
    void chart_data_adds_videos_up_per_day_and_leaves_a_day_with_a_bad_cell_unknown() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = YouTubeDailyReader.chartData().read(Inputs.file(fixture("Chart data.csv"),
                entry(Optional.empty())), sink);

        assertThat(sink.valueOn("video_views", sep(27), LONDON)).isEqualByComparingTo("5000");
        assertThat(sink.valueOn("video_views", sep(28), LONDON)).isEqualByComparingTo("5000");
        assertThat(sink.onDay("video_views", sep(29), LONDON)).isEmpty();
        assertThat(sink.coverageOf("video_views")).containsExactly(Window.ofDays(sep(27), sep(28), LONDON));
        assertThat(report.problems()).containsExactly(
                new RowProblem("Chart data.csv", 7, 6, "Views", "expected a number but found 'oops'"));
    }

    @Test
    void chart_data_of_unique_viewers_bounds_a_day_by_its_largest_video_and_the_sum() throws IOException {
        RecordingSink sink = new RecordingSink();

        YouTubeDailyReader.chartData().read(Inputs.file(fixture("Chart data unique viewers.csv"),
                entry(Optional.empty())), sink);

        assertThat(sink.onDay("reach", sep(27), LONDON).orElseThrow().value())
                .isEqualTo(Interval.of(new BigDecimal("300"), new BigDecimal("500")));
    }

    @Test
    void totals_are_the_channel_day_by_day() throws IOException {
        RecordingSink sink = new RecordingSink();

        YouTubeDailyReader.totals().read(Inputs.file(fixture("Totals.csv"), entry(Optional.empty())), sink);

        assertThat(sink.valueOn("video_views", sep(29), LONDON)).isEqualByComparingTo("1234");
        assertThat(sink.total("video_views")).isEqualByComparingTo("11234");
        assertThat(sink.coverageOf("video_views")).containsExactly(Window.ofDays(sep(27), sep(29), LONDON));
    }

    @Test
    void malformed_totals_and_table_report_each_bad_cell_and_keep_the_rest() throws IOException {
        RecordingSink totals = new RecordingSink();
        RecordingSink table = new RecordingSink();

        ImportReport totalsReport = YouTubeDailyReader.totals().read(Inputs.text("Totals.csv",
                "Date,Views\n2024-09-27,5000\n27/09/2024,10\n2024-09-29,-\n2024-09-30,12.5\n",
                entry(Optional.empty())), totals);
        ImportReport tableReport = new YouTubeTableReader().read(Inputs.text("Table data.csv",
                "Content,Video title,Views,Impressions\nTotal,,many,\"1,000\"\n", entry(Optional.of(SEPTEMBER))), table);

        assertThat(totalsReport.problems()).containsExactly(
                new RowProblem("Totals.csv", 3, 1, "Date", "expected a date like 2024-09-27 but found '27/09/2024'"),
                new RowProblem("Totals.csv", 5, 2, "Views", "expected a whole number but found '12.5'"));
        assertThat(totals.observations).singleElement().satisfies(o -> assertThat(o.value())
                .isEqualTo(Interval.exactly(5000)));
        assertThat(totals.coverageOf("video_views")).containsExactly(Window.ofDay(sep(27), LONDON));
        assertThat(tableReport.problems()).containsExactly(
                new RowProblem("Table data.csv", 2, 3, "Views", "expected a number but found 'many'"));
        assertThat(table.within("impressions", Segment.TOTAL, SEPTEMBER).orElseThrow().value())
                .isEqualTo(Interval.exactly(1000));
        assertThat(tableReport.rowsRejected()).isEqualTo(1);
    }

    @Test
    void each_export_is_recognised_by_its_own_reader_only() {
        var table = Inputs.header(Inputs.file(fixture("Table data.csv"), entry(Optional.empty())));
        var chart = Inputs.header(Inputs.file(fixture("Chart data.csv"), entry(Optional.empty())));
        var totals = Inputs.header(Inputs.file(fixture("Totals.csv"), entry(Optional.empty())));

        assertThat(new YouTubeTableReader().recognise(table).matches()).isTrue();
        assertThat(YouTubeDailyReader.chartData().recognise(chart).matches()).isTrue();
        assertThat(YouTubeDailyReader.totals().recognise(totals).matches()).isTrue();
        assertThat(YouTubeDailyReader.totals().recognise(chart).matches()).isFalse();
        assertThat(YouTubeDailyReader.chartData().recognise(totals).matches()).isFalse();
        assertThat(new YouTubeTableReader().recognise(chart).matches()).isFalse();
    }
}
