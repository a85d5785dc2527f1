package dev.reckon.adapter.file.facebook;

import static dev.reckon.adapter.file.platform.Inputs.HQ;
import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightsPageReaderTest {

    private static final Path FILE =
            Inputs.fixture("facebook/Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-08-19.csv");
    private static final Path MALFORMED =
            Inputs.fixture("facebook/Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-08-19-malformed.csv");
    private static final Segment MALMO = Segment.of("city", "Malmö, Skåne County, Sweden");
    private final InsightsPageReader reader = new InsightsPageReader();
    private final ImportContext context =
            Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.FACEBOOK, "Campaign HQ")));

    private static LocalDate aug(int day) {
        return LocalDate.of(2015, 8, day);
    }

    private static Window days(int first, int last) {
        return Window.ofDays(aug(first), aug(last), LONDON);
    }

    @Test
    void reads_daily_columns_as_days_and_rolling_columns_as_the_days_ending_that_row() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(FILE, context), sink);

        assertThat(report.encoding()).isEqualTo("windows-1252 (not valid UTF-8)");
        assertThat(sink.valueOn("impressions", aug(17), LONDON)).isEqualByComparingTo("1000");
        assertThat(sink.valueOn("impressions", aug(18), LONDON)).isEqualByComparingTo("1200");
        assertThat(sink.valueOn("reach", aug(19), LONDON)).isEqualByComparingTo("400");
        assertThat(sink.within("reach", Segment.TOTAL, days(11, 17)).orElseThrow().value())
                .isEqualTo(Interval.exactly(1500));
        assertThat(sink.within("reach", Segment.TOTAL, Window.ofDays(LocalDate.of(2015, 7, 21), aug(17), LONDON))
                .orElseThrow().value()).isEqualTo(Interval.exactly(4000));
        assertThat(sink.within("impressions", Segment.TOTAL, days(13, 19)).orElseThrow().value())
                .isEqualTo(Interval.exactly(6300));
        assertThat(sink.valueOn("page_likes", aug(19), LONDON)).isEqualByComparingTo("1215");
        assertThat(sink.onDay("video_views", aug(18), LONDON)).isEmpty();
        assertThat(sink.onDay("impressions", aug(17), LONDON).orElseThrow().provenance().line().orElseThrow()).isEqualTo(3);
    }

    @Test
    void tells_duplicate_titles_apart_by_their_description() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(FILE, context), sink);

        // The second 'Daily Total Impressions' counts "(Unique Users)": not impressions.
        assertThat(sink.total("impressions")).isEqualByComparingTo("3700");
        assertThat(report.mappedColumns()).contains("Daily Total Impressions (column 7) -> impressions");
        assertThat(report.ignoredColumns()).contains("Daily Total Impressions (column 8)", "Daily New Likes");
    }

    @Test
    void breakdown_columns_become_segments_with_the_description_of_the_first() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(FILE, context), sink);

        Segment sweden = Segment.of("country", "SE");
        assertThat(sink.within("page_likes", sweden, Window.ofDay(aug(18), LONDON)).orElseThrow().value())
                .isEqualTo(Interval.exactly(705));
        assertThat(sink.of("page_likes", Segment.of("country", "GB"))).hasSize(2);
        assertThat(sink.within("reach", MALMO, days(13, 19)).orElseThrow().value()).isEqualTo(Interval.exactly(30));
        assertThat(sink.of("reach", MALMO)).hasSize(2);
        assertThat(report.mappedColumns()).contains(
                "Weekly Reach by City - Stockholm, Stockholm County, Sweden -> reach{city=Stockholm, Stockholm County, Sweden}",
                "Lifetime Likes by Country - GB -> page_likes{country=GB}");
    }

    @Test
    void covers_the_days_each_daily_column_was_read_and_skips_the_partial_last_day() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(FILE, context), sink);

        assertThat(sink.coverageOf("impressions")).containsExactly(days(17, 19));
        // The daily video views of 18 August are empty: that day stays unknown.
        assertThat(sink.coverageOf("video_views")).containsExactly(days(17, 17), days(19, 19));
        assertThat(sink.observations).noneMatch(o -> o.window().end().isAfter(days(17, 19).end()));
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.notes()).contains("rows after the export's last day 2015-08-19 are partial days and were not"
                + " read: [2015-08-20]");
    }

    @Test
    void reports_bad_cells_and_reads_the_rest_of_their_row() throws IOException {
        RecordingSink sink = new RecordingSink();
        String name = MALFORMED.getFileName().toString();

        ImportReport report = reader.read(Inputs.file(MALFORMED, Inputs.withSubject(LONDON, HQ)), sink);

        assertThat(report.problems()).containsExactly(
                new RowProblem(name, 4, 4, "Daily Total Reach", "expected a number but found 'many'"),
                new RowProblem(name, 4, 7, "Daily Total Impressions", "expected a whole number but found '12.5'"),
                new RowProblem(name, 5, 1, "Date", "expected a date like 8/19/2015 but found '18 August'"));
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(sink.valueOn("page_likes", aug(18), LONDON)).isEqualByComparingTo("1210");
        assertThat(sink.onDay("reach", aug(18), LONDON)).isEmpty();
        assertThat(sink.coverageOf("reach")).containsExactly(days(17, 17));
        assertThat(sink.observations).allMatch(o -> o.subject().equals(HQ));
    }

    @Test
    void recognises_page_exports_by_their_two_header_rows_only() {
        assertThat(reader.recognise(Inputs.header(Inputs.file(FILE, "renamed.csv", context))).matches()).isTrue();
        Path posts = Inputs.fixture(
                "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv");
        assertThat(reader.recognise(Inputs.header(Inputs.file(posts, context))).matches()).isFalse();
        Path daily = Inputs.fixture("twitter/daily_tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv");
        assertThat(reader.recognise(Inputs.header(Inputs.file(daily, context))).matches()).isFalse();
    }
}
