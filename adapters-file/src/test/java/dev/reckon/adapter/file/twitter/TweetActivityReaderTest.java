package dev.reckon.adapter.file.twitter;

import static dev.reckon.adapter.file.platform.Inputs.HQ;
import static dev.reckon.adapter.file.platform.Inputs.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TweetActivityReaderTest {

    private static final String FILE = "twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv";
    private static final LocalDate NOV_30 = LocalDate.of(2021, 11, 30);
    private final TweetActivityReader reader = new TweetActivityReader();

    private static ImportContext hqOnTwitter(ZoneId zone) {
        return Inputs.context(zone, Inputs.accounts(Map.of(Platform.TWITTER, "@campaignhq")));
    }

    @Test
    void rolls_tweets_up_into_lifetime_totals_by_publish_day() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(Inputs.fixture(FILE), hqOnTwitter(LONDON)), sink);

        // Two tweets on 30 November: 4715.0 + "1,234" impressions, 46 + 10 engagements, ...
        assertThat(sink.valueOn("post_impressions", NOV_30, LONDON)).isEqualByComparingTo("5949");
        assertThat(sink.valueOn("post_engagements", NOV_30, LONDON)).isEqualByComparingTo("56");
        assertThat(sink.valueOn("post_retweets", NOV_30, LONDON)).isEqualByComparingTo("8");
        assertThat(sink.valueOn("post_replies", NOV_30, LONDON)).isEqualByComparingTo("2");
        assertThat(sink.valueOn("post_likes", NOV_30, LONDON)).isEqualByComparingTo("8");
        assertThat(sink.valueOn("posts", NOV_30, LONDON)).isEqualByComparingTo("2");
        assertThat(sink.valueOn("post_impressions", LocalDate.of(2021, 11, 2), LONDON)).isEqualByComparingTo("2222");
        assertThat(sink.valueOn("post_impressions", LocalDate.of(2021, 11, 15), LONDON)).isEqualByComparingTo("100");
        assertThat(sink.total("posts")).isEqualByComparingTo("4");
        // The lifetime totals stay with the tweets: only 'posts' is rolled up into daily observations.
        assertThat(sink.of("post_impressions")).isEmpty();
        assertThat(sink.observations).extracting(o -> o.metric().value()).containsOnly("posts");
        assertThat(sink.posts).hasSize(4);

        Observation first = sink.onDay("post_impressions", NOV_30, LONDON).orElseThrow();
        assertThat(first.subject()).isEqualTo(HQ);
        assertThat(first.platform()).isEqualTo(Platform.TWITTER);
        // The first tweet of the day starts on line 2; its text runs on to line 3.
        assertThat(first.provenance().line().orElseThrow()).isEqualTo(2);
        assertThat(first.provenance().source()).isEqualTo("tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv");
        assertThat(first.provenance().importId()).isEqualTo("import-1");

        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rowsAccepted()).isEqualTo(4);
        assertThat(report.problems()).isEmpty();
        assertThat(report.mappedColumns()).contains("impressions -> post_impressions", "likes -> post_likes",
                "(each row) -> posts");
        assertThat(report.ignoredColumns()).contains("engagement rate", "media views", "promoted impressions");
        assertThat(report.notes()).anyMatch(n -> n.startsWith("4 tweets rolled up into 3 daily observations")
                && n.endsWith("the post_engagements, post_impressions, post_likes, post_replies, post_retweets series"
                + " are summed from the posts when read"));
    }

    @Test
    void covers_the_days_of_the_file_name_with_its_last_date_exclusive() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = reader.read(Inputs.file(Inputs.fixture(FILE), hqOnTwitter(LONDON)), sink);

        Window november = Window.ofDays(LocalDate.of(2021, 11, 1), NOV_30, LONDON);
        for (String metric : List.of("post_impressions", "post_engagements", "post_retweets", "post_replies",
                "post_likes", "posts")) {
            assertThat(sink.coverageOf(metric)).as(metric).containsExactly(november);
        }
        assertThat(report.covered()).containsExactly(november);
    }

    @Test
    void places_tweets_on_days_of_the_dossier_zone() throws IOException {
        RecordingSink sink = new RecordingSink();
        ZoneId newYork = ZoneId.of("America/New_York");

        reader.read(Inputs.file(Inputs.fixture(FILE), hqOnTwitter(newYork)), sink);

        // 2021-11-02 03:30 +0000 is the evening of 1 November in New York.
        assertThat(sink.valueOn("post_impressions", LocalDate.of(2021, 11, 1), newYork)).isEqualByComparingTo("2222");
        assertThat(sink.onDay("post_impressions", LocalDate.of(2021, 11, 2), newYork)).isEmpty();
    }

    @Test
    void reads_the_days_of_the_file_name_as_utc_days_in_a_dossier_east_of_utc() throws IOException {
        RecordingSink sink = new RecordingSink();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        ImportReport report = reader.read(Inputs.file(Inputs.fixture(FILE), hqOnTwitter(tokyo)), sink);

        // X split the file at UTC midnight: Tokyo's 1 November starts nine hours before the file does.
        Window utcNovember = Window.ofDays(LocalDate.of(2021, 11, 1), NOV_30, ZoneOffset.UTC);
        assertThat(sink.coverageOf("posts")).containsExactly(utcNovember);
        // 30 November 16:00 UTC is Tokyo's 1 December: the file holds that day's first nine hours only.
        Window tokyoDecember1 = Window.ofDay(LocalDate.of(2021, 12, 1), tokyo);
        assertThat(sink.within("post_impressions", Segment.TOTAL,
                new Window(tokyoDecember1.start(), utcNovember.end()))).hasValueSatisfying(
                        o -> assertThat(o.value()).isEqualTo(Interval.exactly(4715)));
        assertThat(sink.valueOn("post_impressions", NOV_30, tokyo)).isEqualByComparingTo("1234");
        assertThat(report.notes()).contains("tweet times carry their own offset; the days in the file name are read"
                + " in UTC, where X splits its exports");
    }

    @Test
    void a_day_two_monthly_files_share_is_two_parts_that_add_up_and_a_later_export_gives_the_same_parts()
            throws IOException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        String february = "tweet_activity_metrics_CampaignHQ_20240201_20240301_en.csv";
        String march = "tweet_activity_metrics_CampaignHQ_20240301_20240401_en.csv";

        Observation fromFebruary = onlyPosts(february, "2024-02-29 23:30 +0000", berlin);
        Observation fromMarch = onlyPosts(march, "2024-03-01 10:00 +0000", berlin);
        Observation againFromFebruary = onlyPosts(february, "2024-02-29 23:30 +0000", berlin);

        Window berlinMarch1 = Window.ofDay(LocalDate.of(2024, 3, 1), berlin);
        assertThat(berlinMarch1.contains(fromFebruary.window())).isTrue();
        assertThat(berlinMarch1.contains(fromMarch.window())).isTrue();
        assertThat(fromFebruary.window().overlaps(fromMarch.window())).isFalse();
        assertThat(fromFebruary.key()).isNotEqualTo(fromMarch.key());
        assertThat(againFromFebruary.key()).isEqualTo(fromFebruary.key());
    }

    @Test
    void in_a_london_summer_the_july_file_covers_utc_july_and_its_last_tweet_is_on_londons_first_of_august()
            throws IOException {
        String july = "tweet_activity_metrics_CampaignHQ_20240701_20240801_en.csv";

        RecordingSink sink = new RecordingSink();
        reader.read(Inputs.text(july, tweet("2024-07-31 23:30 +0000"), hqOnTwitter(LONDON)), sink);

        Window londonAugust1 = Window.ofDay(LocalDate.of(2024, 8, 1), LONDON);
        Window utcJuly = Window.ofDays(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31), ZoneOffset.UTC);
        assertThat(sink.of("posts")).singleElement()
                .satisfies(o -> assertThat(o.window()).isEqualTo(new Window(londonAugust1.start(), utcJuly.end())));
        // London's 1 July starts at 30 June 23:00 UTC, an hour only the June file covers.
        assertThat(sink.coverageOf("posts")).containsExactly(utcJuly);
    }

    @Test
    void a_tweet_without_an_id_is_kept_known_by_its_file_and_line() throws IOException {
        String july = "tweet_activity_metrics_CampaignHQ_20240701_20240801_en.csv";
        String twoTweets = tweet("2024-07-10 10:00 +0000")
                + "\"\",\"\",\"no id\",\"2024-07-10 11:00 +0000\",\"7\"\n";

        RecordingSink sink = new RecordingSink();
        ImportReport report = reader.read(Inputs.text(july, twoTweets, hqOnTwitter(LONDON)), sink);

        assertThat(sink.posts).extracting(post -> post.id().id()).containsExactly("1", july + ":3");
        assertThat(sink.valueOn("post_impressions", LocalDate.of(2024, 7, 10), LONDON)).isEqualByComparingTo("17");
        assertThat(report.notes()).contains("2 posts kept one by one; 1 has no post id and is known by file and line"
                + " (each counts once, and no later export can replace it)");
    }

    private Observation onlyPosts(String fileName, String time, ZoneId zone) throws IOException {
        RecordingSink sink = new RecordingSink();
        reader.read(Inputs.text(fileName, tweet(time), hqOnTwitter(zone)), sink);
        return sink.of("posts").get(0);
    }

    /** A per-tweet export of one tweet, published at {@code time}. */
    private static String tweet(String time) {
        return "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\"\n"
                + "\"1\",\"https://twitter.com/CampaignHQ/status/1\",\"hello\",\"" + time + "\",\"10\"\n";
    }

    @Test
    void an_entry_zone_overrides_utc_for_the_days_of_the_file_name() throws IOException {
        RecordingSink sink = new RecordingSink();
        ZoneId newYork = ZoneId.of("America/New_York");
        ImportContext context = hqOnTwitter(LONDON);
        ImportContext inNewYork = new ImportContext(LONDON, context.catalogue(), context.subjects(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "i", Optional.of(newYork));

        ImportReport report = reader.read(Inputs.file(Inputs.fixture(FILE), inNewYork), sink);

        assertThat(sink.coverageOf("posts")).containsExactly(Window.ofDays(LocalDate.of(2021, 11, 1), NOV_30, newYork));
        assertThat(report.notes()).contains("tweet times carry their own offset; the days in the file name are read"
                + " in America/New_York, the zone its dossier entry gives");
    }

    @Test
    void reads_favorites_of_2015_exports_as_likes() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = Inputs.fixture("twitter/tweet_activity_metrics_CampaignHQ_20150501_20150601_en.csv");

        ImportReport report = reader.read(Inputs.file(file, hqOnTwitter(LONDON)), sink);

        assertThat(sink.valueOn("post_likes", LocalDate.of(2015, 5, 6), LONDON)).isEqualByComparingTo("12");
        assertThat(sink.valueOn("post_likes", LocalDate.of(2015, 5, 7), LONDON)).isEqualByComparingTo("20");
        assertThat(report.mappedColumns()).contains("favorites -> post_likes");
    }

    @Test
    void reports_every_bad_cell_and_imports_the_good_rows() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = Inputs.fixture("twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en-malformed.csv");

        ImportReport report = reader.read(Inputs.file(file, hqOnTwitter(LONDON)), sink);

        String source = file.getFileName().toString();
        assertThat(report.problems()).containsExactly(
                new RowProblem(source, 3, 5, "impressions", "expected a number but found 'lots'"),
                new RowProblem(source, 3, 9, "replies", "expected a count but found a negative number '-1'"),
                new RowProblem(source, 4, 4, "time", "expected a time like 2021-11-30 16:00 +0000 but found 'yesterday'"));
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(sink.valueOn("post_impressions", NOV_30, LONDON)).isEqualByComparingTo("4715");
        assertThat(sink.valueOn("post_impressions", LocalDate.of(2021, 11, 28), LONDON)).isEqualByComparingTo("20");
        assertThat(sink.onDay("post_impressions", LocalDate.of(2021, 11, 29), LONDON)).isEmpty();
        // A rejected row whose day is unknown could be on any day: no day is known complete.
        assertThat(sink.coverage).isEmpty();
        assertThat(report.notes()).anyMatch(n -> n.contains("no readable date"));
    }

    @Test
    void leaves_days_with_a_rejected_tweet_out_of_the_coverage() throws IOException {
        RecordingSink sink = new RecordingSink();
        String text = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\"\n"
                + "\"1\",\"https://twitter.com/CampaignHQ/status/1\",\"a\",\"2021-11-10 10:00 +0000\",\"oops\"\n"
                + "\"2\",\"https://twitter.com/CampaignHQ/status/2\",\"b\",\"2021-11-11 10:00 +0000\",\"5\"\n";
        ExportInput input = Inputs.text("tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv", text,
                hqOnTwitter(LONDON));

        reader.read(input, sink);

        assertThat(sink.coverageOf("post_impressions")).containsExactly(
                Window.ofDays(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 9), LONDON),
                Window.ofDays(LocalDate.of(2021, 11, 11), NOV_30, LONDON));
    }

    @Test
    void finds_the_account_of_a_renamed_file_in_its_permalinks_and_covers_nothing() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path fixture = Inputs.fixture(FILE);
        ExportInput renamed = new ExportInput("november.csv", () -> java.nio.file.Files.newInputStream(fixture),
                hqOnTwitter(LONDON));

        assertThat(reader.recognise(Inputs.header(renamed)).matches()).isTrue();
        ImportReport report = reader.read(renamed, sink);

        assertThat(sink.total("posts")).isEqualByComparingTo("4");
        assertThat(sink.observations).allMatch(o -> o.subject().equals(HQ));
        assertThat(sink.coverage).isEmpty();
        assertThat(report.notes()).anyMatch(n -> n.startsWith("no covered window"));
    }

    @Test
    void the_entry_subject_overrides_the_account_and_covers_overrides_the_name() throws IOException {
        RecordingSink sink = new RecordingSink();
        Subject other = Subject.of("other");
        Window declared = Window.ofDays(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 12, 31), LONDON);
        ImportContext context = new ImportContext(LONDON, hqOnTwitter(LONDON).catalogue(), SubjectDirectory.empty(),
                Optional.of(other), Optional.empty(), Optional.of(declared), Optional.empty(), Optional.empty(), "i");

        reader.read(Inputs.file(Inputs.fixture(FILE), context), sink);

        assertThat(sink.observations).isNotEmpty().allMatch(o -> o.subject().equals(other));
        assertThat(sink.coverageOf("posts")).containsExactly(declared);
    }

    @Test
    void an_account_the_dossier_does_not_know_is_a_problem_and_nothing_is_imported() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportContext context = Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.TWITTER, "someoneelse")));

        ImportReport report = reader.read(Inputs.file(Inputs.fixture(FILE), context), sink);

        assertThat(sink.observations).isEmpty();
        assertThat(report.rowsAccepted()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("the twitter account 'CampaignHQ' belongs to none of the dossier's subjects (hq)"));
    }

    @Test
    void recognises_the_header_and_refuses_the_daily_export() {
        assertThat(reader.recognise(Inputs.header(Inputs.file(Inputs.fixture(FILE), hqOnTwitter(LONDON)))).matches())
                .isTrue();
        Path daily = Inputs.fixture("twitter/daily_tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv");
        assertThat(reader.recognise(Inputs.header(Inputs.file(daily, hqOnTwitter(LONDON)))).reason())
                .isEqualTo("an X per-tweet export has the columns Tweet id, Tweet permalink, time and impressions");
    }

    @Test
    void file_name_gives_account_and_days_with_the_last_date_exclusive() {
        assertThat(TwitterFileName.parse("tweet_activity_metrics_rOpenSci_20170101_20170201_en.csv")).contains(
                new TwitterFileName("rOpenSci", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 1, 31)));
        assertThat(TwitterFileName.parse("daily_tweet_activity_metrics_jeremy_corbyn_20191101_20191213_en.csv"))
                .contains(new TwitterFileName("jeremy_corbyn", LocalDate.of(2019, 11, 1), LocalDate.of(2019, 12, 12)));
        assertThat(TwitterFileName.parse("tweets.csv")).isEmpty();
        assertThat(TwitterFileName.parse("tweet_activity_metrics_x_20170201_20170101_en.csv")).isEmpty();
    }

    @Test
    void a_file_name_of_days_the_store_cannot_keep_gives_no_window() {
        assertThat(TwitterFileName.parse("tweet_activity_metrics_x_00010101_00010201_en.csv")).isEmpty();
        assertThat(TwitterFileName.parse("tweet_activity_metrics_x_20170101_99991231_en.csv")).isEmpty();
    }
}
