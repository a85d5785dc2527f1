package dev.reckon.adapter.file.twitter;

import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyTweetActivityReaderTest {

    private static final Path FILE =
            Inputs.fixture("twitter/daily_tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv");
    private final DailyTweetActivityReader reader = new DailyTweetActivityReader();
    private final ImportContext context =
            Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.TWITTER, "CampaignHQ")));

    private static LocalDate nov(int day) {
        return LocalDate.of(2021, 11, day);
    }

    @Test
    void reads_each_day_as_event_time_observations() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(FILE, context), sink);

        assertThat(sink.valueOn("posts", nov(1), LONDON)).isEqualByComparingTo("2");
        assertThat(sink.valueOn("impressions", nov(1), LONDON)).isEqualByComparingTo("3000");
        assertThat(sink.valueOn("engagements", nov(1), LONDON)).isEqualByComparingTo("40");
        assertThat(sink.valueOn("retweets", nov(1), LONDON)).isEqualByComparingTo("5");
        assertThat(sink.valueOn("replies", nov(1), LONDON)).isEqualByComparingTo("1");
        assertThat(sink.valueOn("likes", nov(1), LONDON)).isEqualByComparingTo("12");
        assertThat(sink.valueOn("posts", nov(2), LONDON)).isEqualByComparingTo("0");
        assertThat(sink.valueOn("impressions", nov(4), LONDON)).isEqualByComparingTo("4100");
        assertThat(sink.total("impressions")).isEqualByComparingTo("8600");
        assertThat(sink.onDay("impressions", nov(1), LONDON).orElseThrow().provenance().line().orElseThrow()).isEqualTo(2);
        assertThat(report.mappedColumns()).contains("Tweets published -> posts", "impressions -> impressions");
        assertThat(report.ignoredColumns()).contains("engagement rate", "media views", "promoted likes");
    }

    @Test
    void reads_its_dates_as_days_of_the_dossier_zone_and_says_so() throws IOException {
        ImportReport report = reader.read(Inputs.file(FILE, context), new RecordingSink());

        assertThat(report.notes()).contains("dates are read as days of Europe/London, the dossier's zone");
    }

    @Test
    void reads_its_dates_as_days_of_the_zone_its_entry_gives() throws IOException {
        RecordingSink sink = new RecordingSink();
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        ImportContext inLosAngeles = new ImportContext(LONDON, context.catalogue(), context.subjects(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "i",
                Optional.of(losAngeles));

        ImportReport report = reader.read(Inputs.file(FILE, inLosAngeles), sink);

        assertThat(sink.valueOn("impressions", nov(1), losAngeles)).isEqualByComparingTo("3000");
        assertThat(sink.onDay("impressions", nov(1), LONDON)).isEmpty();
        assertThat(sink.coverageOf("impressions")).first()
                .satisfies(w -> assertThat(w.start()).isEqualTo(nov(1).atStartOfDay(losAngeles).toInstant()));
        assertThat(report.notes()).contains("dates are read as days of America/Los_Angeles, the zone its dossier"
                + " entry gives");
    }

    @Test
    void missing_values_are_not_zero_and_bad_cells_are_reported_while_the_rest_of_the_row_is_read() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(FILE, context), sink);

        // 3 November writes '-' for impressions and 'N/A' for retweets: unknown, not zero.
        assertThat(sink.onDay("impressions", nov(3), LONDON)).isEmpty();
        assertThat(sink.onDay("retweets", nov(3), LONDON)).isEmpty();
        assertThat(sink.valueOn("engagements", nov(3), LONDON)).isEqualByComparingTo("12");
        // 4 November's engagements are 'x7'; its other cells are read.
        assertThat(report.problems()).containsExactly(new RowProblem(FILE.getFileName().toString(), 5, 4,
                "engagements", "expected a number but found 'x7'"));
        assertThat(sink.onDay("engagements", nov(4), LONDON)).isEmpty();
        assertThat(sink.valueOn("likes", nov(4), LONDON)).isEqualByComparingTo("9");
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(report.rowsRejected()).isEqualTo(1);
    }

    @Test
    void covers_for_each_metric_only_the_days_it_read() throws IOException {
        RecordingSink sink = new RecordingSink();

        reader.read(Inputs.file(FILE, context), sink);

        assertThat(sink.coverageOf("posts")).containsExactly(Window.ofDays(nov(1), nov(4), LONDON));
        assertThat(sink.coverageOf("impressions")).containsExactly(
                Window.ofDays(nov(1), nov(2), LONDON), Window.ofDay(nov(4), LONDON));
        assertThat(sink.coverageOf("engagements")).containsExactly(Window.ofDays(nov(1), nov(3), LONDON));
    }

    @Test
    void a_renamed_file_needs_the_entry_subject() throws IOException {
        RecordingSink sink = new RecordingSink();
        ExportInput renamed = new ExportInput("daily.csv", () -> java.nio.file.Files.newInputStream(FILE), context);

        assertThat(reader.recognise(Inputs.header(renamed)).matches()).isTrue();
        ImportReport report = reader.read(renamed, sink);

        assertThat(sink.observations).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("the file does not name its twitter account: give its dossier entry a subject"));
    }

    @Test
    void does_not_take_a_per_tweet_export() {
        Path perTweet = Inputs.fixture("twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv");
        assertThat(reader.recognise(Inputs.header(Inputs.file(perTweet, context))).matches()).isFalse();
    }
}
