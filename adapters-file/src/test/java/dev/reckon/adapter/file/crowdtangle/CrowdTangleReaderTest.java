package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.domain.metric.MetricId;
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
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrowdTangleReaderTest {

    private static final Path PAGES =
            Inputs.fixture("crowdtangle/2023-11-14-10-00-00-EST-Historical-Report-CampaignHQ.csv");
    private static final Path GROUP = Inputs.fixture("crowdtangle/crowdtangle-group-2019.csv");
    private final CrowdTangleReader reader = new CrowdTangleReader();
    private final ImportContext context =
            Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.FACEBOOK, "CampaignHQ")));

    private static LocalDate nov(int day) {
        return LocalDate.of(2023, 11, day);
    }

    @Test
    void keeps_each_accepted_post_by_its_url_with_its_lifetime_values_and_first_words() throws IOException {
        RecordingSink sink = new RecordingSink();

        reader.read(Inputs.file(PAGES, context), sink);

        // Five rows: one of another page, one with a bad count; three posts of Campaign HQ are kept.
        assertThat(sink.posts).hasSize(3).allMatch(p -> p.subject().equals(HQ) && p.platform() == Platform.FACEBOOK
                && p.id().id().equals("https://www.facebook.com/x/posts/1") && p.type().equals(Optional.of("Photo")));
        Post rally = sink.posts.get(0);
        assertThat(rally.created()).isEqualTo(Instant.parse("2023-11-13T09:30:36Z"));
        assertThat(rally.preview()).contains("Rally tonight, be there");
        assertThat(rally.value(new MetricId("post_engagements"))).contains(Interval.exactly(1510));
        assertThat(rally.value(new MetricId("post_reactions"))).contains(Interval.exactly(1210));
        assertThat(rally.values()).doesNotContainKey(new MetricId("posts"));
        assertThat(rally.provenance().line().orElseThrow()).isEqualTo(2);
    }

    @Test
    void rolls_interactions_up_by_publish_day_in_the_dossier_zone() throws IOException {
        RecordingSink sink = new RecordingSink();

        reader.read(Inputs.file(PAGES, context), sink);

        // 2023-11-13 04:30:36 EST is 09:30 in London, 13 November.
        assertThat(sink.valueOn("post_engagements", nov(13), LONDON)).isEqualByComparingTo("1510");
        assertThat(sink.valueOn("post_likes", nov(13), LONDON)).isEqualByComparingTo("1000");
        assertThat(sink.valueOn("post_comments", nov(13), LONDON)).isEqualByComparingTo("200");
        assertThat(sink.valueOn("post_shares", nov(13), LONDON)).isEqualByComparingTo("100");
        // Reactions: likes and the other six reactions, 1000 + 150 + 20 + 15 + 10 + 10 + 5.
        assertThat(sink.valueOn("post_reactions", nov(13), LONDON)).isEqualByComparingTo("1210");
        // 2023-11-13 20:00 EST is already 14 November in London.
        assertThat(sink.valueOn("posts", nov(14), LONDON)).isEqualByComparingTo("1");
        assertThat(sink.valueOn("post_video_views", nov(14), LONDON)).isEqualByComparingTo("3000");
        assertThat(sink.valueOn("posts", nov(10), LONDON)).isEqualByComparingTo("1");
        assertThat(sink.observations).allMatch(o -> o.subject().equals(HQ) && o.platform() == Platform.FACEBOOK);
    }

    @Test
    void likes_and_followers_at_posting_are_levels_at_the_moment_of_the_post() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(PAGES, context), sink);

        Window moment = Window.at(Instant.parse("2023-11-13T09:30:36Z"));
        assertThat(sink.within("page_likes", Segment.TOTAL, moment).orElseThrow().value())
                .isEqualTo(Interval.exactly(1_200_000));
        assertThat(sink.within("followers", Segment.TOTAL, moment).orElseThrow().value())
                .isEqualTo(Interval.exactly(1_250_000));
        assertThat(sink.of("page_likes")).hasSize(3);
        assertThat(report.mappedColumns()).contains("Likes at Posting -> page_likes (at the post's time)",
                "Likes -> post_likes", "Likes -> post_reactions", "Love -> post_reactions");
        assertThat(report.ignoredColumns()).contains("Total Views", "Message").doesNotContain("Likes at Posting");
    }

    @Test
    void reports_bad_cells_and_reads_no_page_the_dossier_does_not_know() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(PAGES, context), sink);

        assertThat(report.problems()).containsExactly(new RowProblem(PAGES.getFileName().toString(), 6, 14,
                "Total Interactions", "expected a number but found 'many'"));
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.notes()).contains(
                "rows of accounts that belong to none of the dossier's subjects were not read: {RivalParty=1}");
        assertThat(sink.total("posts")).isEqualByComparingTo("3");
    }

    @Test
    void reads_the_older_generation_of_group_exports_for_the_entry_subject() throws IOException {
        RecordingSink sink = new RecordingSink();
        Subject volunteers = Subject.of("volunteers");

        ImportReport report = reader.read(Inputs.file(GROUP, Inputs.withSubject(LONDON, volunteers)), sink);

        assertThat(report.problems()).isEmpty();
        assertThat(sink.valueOn("post_engagements", LocalDate.of(2019, 12, 11), LONDON)).isEqualByComparingTo("40");
        assertThat(sink.valueOn("post_reactions", LocalDate.of(2019, 12, 12), LONDON)).isEqualByComparingTo("66");
        assertThat(sink.of("page_likes")).hasSize(1);
        assertThat(sink.observations).allMatch(o -> o.subject().equals(volunteers));
    }

    @Test
    void covers_the_declared_window_for_each_subject() throws IOException {
        RecordingSink sink = new RecordingSink();
        Window december = Window.ofDays(LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31), LONDON);
        ImportContext declared = new ImportContext(LONDON, context.catalogue(), context.subjects(),
                java.util.Optional.of(Subject.of("volunteers")), java.util.Optional.empty(),
                java.util.Optional.of(december), java.util.Optional.empty(), java.util.Optional.empty(), "i");

        reader.read(Inputs.file(GROUP, declared), sink);

        assertThat(sink.coverageOf("posts")).containsExactly(december);
        assertThat(sink.coverageOf("post_reactions")).containsExactly(december);
    }

    @Test
    void instagram_exports_name_the_account_and_give_the_platform() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path instagram = Inputs.fixture("crowdtangle/crowdtangle-instagram.csv");
        ImportContext onInstagram = Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.INSTAGRAM, "campaignhq")));

        ImportReport report = reader.read(Inputs.file(instagram, onInstagram), sink);

        assertThat(report.problems()).isEmpty();
        assertThat(sink.valueOn("post_likes", nov(13), LONDON)).isEqualByComparingTo("1100");
        assertThat(sink.valueOn("post_engagements", nov(13), LONDON)).isEqualByComparingTo("1210");
        assertThat(sink.of("followers")).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(Interval.exactly(52_000)));
        assertThat(sink.observations).allMatch(o -> o.platform() == Platform.INSTAGRAM && o.subject().equals(HQ));
    }

    @Test
    void a_post_created_outside_the_times_the_store_keeps_is_a_rejected_row() throws IOException {
        RecordingSink sink = new RecordingSink();
        String text = """
                Page Name,User Name,Post Created,Total Interactions,Likes,Comments,Likes at Posting
                Campaign HQ,CampaignHQ,0001-01-01 10:00:00,1,1,1,1
                Campaign HQ,CampaignHQ,9999-12-31 10:00:00 GMT,1,1,1,1
                Campaign HQ,CampaignHQ,2023-11-13 10:00:00,1,1,1,1
                """;

        ImportReport report = reader.read(Inputs.text("posts.csv", text, context), sink);

        assertThat(report.problems()).extracting(p -> p.line().orElse(0), RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "expected a time like 2023-11-13 04:30:36 EST but the day is outside"
                        + " the times Reckon keeps, 1677-09-22 to 2262-04-10"),
                org.assertj.core.groups.Tuple.tuple(3L, "expected a time like 2023-11-13 04:30:36 EST but the day is outside"
                        + " the times Reckon keeps, 1677-09-22 to 2262-04-10"));
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(sink.valueOn("posts", nov(13), LONDON)).isEqualByComparingTo("1");
    }

    @Test
    void counts_in_every_shape_exports_write_are_read_and_sums_beyond_a_long_stay_exact() throws IOException {
        RecordingSink sink = new RecordingSink();
        String text = """
                Page Name,User Name,Post Created,Total Interactions,Likes,Comments,Likes at Posting
                Campaign HQ,CampaignHQ,2023-11-13 10:00:00,N/A,"1,234",-,"1,200,000"
                Campaign HQ,CampaignHQ,2023-11-13 11:00:00 GMT,1777.0,,7,
                Campaign HQ,CampaignHQ,2023-11-13 12:00:00 GMT,"1,2,3",1,1,5
                Campaign HQ,CampaignHQ,2023-11-14 09:00:00,99999999999999999999,9223372036854775807,0,1
                Campaign HQ,CampaignHQ,2023-11-14 10:00:00,1,9223372036854775807,x,1
                Campaign HQ,CampaignHQ,2023-11-14 11:00:00,1,9223372036854775807,0,1
                Campaign HQ,CampaignHQ,2023-11-15 25:00:00,1,1,1,1
                """;

        ImportReport report = reader.read(Inputs.text("posts.csv", text, context), sink);

        assertThat(report.problems()).containsExactly(
                new RowProblem("posts.csv", 4, 4, "Total Interactions", "expected a number but found '1,2,3'"),
                new RowProblem("posts.csv", 6, 6, "Comments", "expected a number but found 'x'"),
                new RowProblem("posts.csv", 8, 3, "Post Created",
                        "expected a time like 2023-11-13 04:30:36 EST but found '2023-11-15 25:00:00'"));
        assertThat(report.rowsAccepted()).isEqualTo(4);
        assertThat(report.rowsRejected()).isEqualTo(3);
        assertThat(sink.valueOn("post_engagements", nov(13), LONDON)).isEqualByComparingTo("1777");
        assertThat(sink.valueOn("post_likes", nov(13), LONDON)).isEqualByComparingTo("1234");
        assertThat(sink.valueOn("post_comments", nov(13), LONDON)).isEqualByComparingTo("7");
        assertThat(sink.valueOn("posts", nov(13), LONDON)).isEqualByComparingTo("2");
        assertThat(sink.valueOn("post_engagements", nov(14), LONDON)).isEqualByComparingTo("100000000000000000000");
        assertThat(sink.valueOn("post_likes", nov(14), LONDON)).isEqualByComparingTo("18446744073709551614");
        assertThat(sink.within("page_likes", Segment.TOTAL, Window.at(Instant.parse("2023-11-13T10:00:00Z")))
                .orElseThrow().value()).isEqualTo(Interval.exactly(1_200_000));
        assertThat(sink.of("page_likes")).hasSize(3);
    }

    @Test
    void recognises_both_generations() {
        assertThat(reader.recognise(Inputs.header(Inputs.file(PAGES, context))).matches()).isTrue();
        assertThat(reader.recognise(Inputs.header(Inputs.file(GROUP, context))).matches()).isTrue();
        Path tweets = Inputs.fixture("twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv");
        assertThat(reader.recognise(Inputs.header(Inputs.file(tweets, context))).matches()).isFalse();
    }
}
