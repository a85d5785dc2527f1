package dev.reckon.adapter.file.meta;

import dev.reckon.domain.metric.MetricId;
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
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MetaReadersTest {

    private static ImportContext entry(Optional<Year> year) {
        return new ImportContext(LONDON, MetricCatalogue.builtIn(), SubjectDirectory.empty(), Optional.of(HQ),
                Optional.empty(), Optional.empty(), year, Optional.empty(), "import-1");
    }

    private static LocalDate sep(int day) {
        return LocalDate.of(2025, 9, day);
    }

    @Nested
    class PageSeries {
        private final MetaPageSeriesReader reader = new MetaPageSeriesReader();
        private final Path views = Inputs.fixture("meta/Views.csv");

        @Test
        void reads_a_utf16_series_named_on_its_second_line() throws IOException {
            RecordingSink sink = new RecordingSink();

            ImportReport report = reader.read(Inputs.file(views, entry(Optional.empty())), sink);

            assertThat(report.encoding()).isEqualTo("UTF-16LE");
            assertThat(sink.valueOn("impressions", sep(20), LONDON)).isEqualByComparingTo("29146");
            assertThat(sink.valueOn("impressions", sep(21), LONDON)).isEqualByComparingTo("31932");
            assertThat(sink.onDay("impressions", sep(20), LONDON).orElseThrow().provenance().line().orElseThrow()).isEqualTo(4);
            assertThat(sink.observations).allMatch(o -> o.platform() == Platform.FACEBOOK && o.subject().equals(HQ));
            assertThat(report.mappedColumns()).containsExactly("Primary (Views) -> impressions");
            assertThat(report.problems()).containsExactly(
                    new RowProblem("Views.csv", 6, 2, "Primary", "expected a number but found 'lots'"));
            assertThat(sink.coverageOf("impressions")).containsExactly(
                    Window.ofDays(sep(20), sep(21), LONDON), Window.ofDay(sep(23), LONDON));
        }

        @Test
        void a_series_without_a_metric_is_read_as_nothing_and_says_so() throws IOException {
            RecordingSink sink = new RecordingSink();

            ImportReport report = reader.read(Inputs.file(Inputs.fixture("meta/Follows.csv"), entry(Optional.empty())),
                    sink);

            assertThat(sink.observations).isEmpty();
            assertThat(report.ignoredColumns()).containsExactly("Primary (Instagram follows)");
            assertThat(report.notes()).contains("the series 'Instagram follows' has no Reckon metric; nothing was read");
        }

        @Test
        void recognises_the_preamble() {
            assertThat(reader.recognise(Inputs.header(Inputs.file(views, entry(Optional.empty())))).matches()).isTrue();
            Path viewers = Inputs.fixture("meta/Viewers.csv");
            assertThat(reader.recognise(Inputs.header(Inputs.file(viewers, entry(Optional.empty())))).matches())
                    .isFalse();
        }
    }

    @Nested
    class YearlessTables {
        private final Path viewers = Inputs.fixture("meta/Viewers.csv");
        private final Path followers = Inputs.fixture("meta/FollowerHistory.csv");

        @Test
        void viewers_are_people_reached_on_a_day_of_the_entry_year() throws IOException {
            RecordingSink sink = new RecordingSink();

            ImportReport report = YearlessDailyReader.viewers()
                    .read(Inputs.file(viewers, entry(Optional.of(Year.of(2025)))), sink);

            assertThat(sink.valueOn("reach", LocalDate.of(2025, 8, 30), LONDON)).isEqualByComparingTo("5780");
            assertThat(sink.valueOn("reach", sep(1), LONDON)).isEqualByComparingTo("58396");
            // 'undefined' on the last day: unknown, not zero, and not covered.
            assertThat(sink.onDay("reach", sep(2), LONDON)).isEmpty();
            assertThat(sink.coverageOf("reach")).containsExactly(Window.ofDays(LocalDate.of(2025, 8, 30), sep(1), LONDON));
            assertThat(report.mappedColumns()).containsExactly("Total Viewers -> reach");
            assertThat(report.ignoredColumns()).containsExactly("New Viewers", "Returning Viewers");
        }

        @Test
        void without_a_year_nothing_is_read() throws IOException {
            RecordingSink sink = new RecordingSink();

            ImportReport report = YearlessDailyReader.viewers().read(Inputs.file(viewers, entry(Optional.empty())), sink);

            assertThat(sink.observations).isEmpty();
            assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(
                    "the dates of this file have no year (as in 'August 19'): give its dossier entry a 'year'"));
        }

        @Test
        void followers_are_levels_and_a_date_going_back_across_new_year_is_refused() throws IOException {
            RecordingSink sink = new RecordingSink();

            ImportReport report = YearlessDailyReader.followerHistory()
                    .read(Inputs.file(followers, entry(Optional.of(Year.of(2024)))), sink);

            assertThat(sink.valueOn("followers", LocalDate.of(2024, 12, 31), LONDON)).isEqualByComparingTo("22565");
            assertThat(sink.coverage).isEmpty();
            assertThat(report.problems()).first().isEqualTo(new RowProblem("FollowerHistory.csv", 4, 1, "Date",
                    "the dates go back from 2024-12-31 to 2024-01-01: the file seems to run into a new year, which"
                            + " one 'year' cannot say; split it at the new year"));
            assertThat(report.rowsRejected()).isEqualTo(2);
            assertThat(sink.of("followers")).hasSize(2);
        }

        @Test
        void a_day_the_year_does_not_have_is_refused() throws IOException {
            RecordingSink sink = new RecordingSink();
            Path leap = Inputs.fixture("meta/FollowerHistory-leap.csv");

            ImportReport report = YearlessDailyReader.followerHistory()
                    .read(Inputs.file(leap, entry(Optional.of(Year.of(2025)))), sink);

            assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                    .isEqualTo("February 29 is not a day of 2025, the year the dossier entry gives"));
            assertThat(sink.valueOn("followers", LocalDate.of(2025, 3, 1), LONDON)).isEqualByComparingTo("103");
        }

        @Test
        void each_table_knows_its_own_header() {
            var viewersHeader = Inputs.header(Inputs.file(viewers, entry(Optional.empty())));
            assertThat(YearlessDailyReader.viewers().recognise(viewersHeader).matches()).isTrue();
            assertThat(YearlessDailyReader.followerHistory().recognise(viewersHeader).matches()).isFalse();
        }
    }

    @Nested
    class OrganicPosts {
        private final MetaPostsReader reader = new MetaPostsReader();
        private final Path posts = Inputs.fixture("meta/Facebook_organic_posts_Sep-18-2025_Sep-20-2025.csv");
        private final ImportContext byPage =
                Inputs.context(LONDON, Inputs.accounts(Map.of(Platform.FACEBOOK, "Campaign HQ")));

        @Test
        void keeps_each_accepted_post_with_its_id_type_permalink_and_description() throws IOException {
            RecordingSink sink = new RecordingSink();

            reader.read(Inputs.file(posts, byPage), sink);

            // Four rows, one rejected for its unreadable cells.
            assertThat(sink.posts).extracting(p -> p.id().id()).containsExactly("1099_3", "1099_2", "1099_0");
            var canvassing = sink.posts.get(0);
            assertThat(canvassing.subject()).isEqualTo(HQ);
            assertThat(canvassing.type()).contains("Photos");
            assertThat(canvassing.permalink()).contains("https://www.facebook.com/1099_3");
            assertThat(canvassing.preview()).contains("Canvassing, all weekend");
            assertThat(canvassing.value(new MetricId("post_impressions"))).contains(Interval.exactly(12_400));
        }

        @Test
        void rolls_posts_up_by_publish_day_and_finds_the_page_in_its_column() throws IOException {
            RecordingSink sink = new RecordingSink();

            ImportReport report = reader.read(Inputs.file(posts, byPage), sink);

            assertThat(sink.valueOn("posts", sep(20), LONDON)).isEqualByComparingTo("2");
            assertThat(sink.valueOn("post_impressions", sep(20), LONDON)).isEqualByComparingTo("42400");
            assertThat(sink.onDay("post_reach", sep(20), LONDON).orElseThrow().value())
                    .isEqualTo(Interval.of(new BigDecimal("21000"), new BigDecimal("30000")));
            assertThat(sink.valueOn("post_engagements", sep(20), LONDON)).isEqualByComparingTo("1510");
            assertThat(sink.valueOn("post_reactions", sep(20), LONDON)).isEqualByComparingTo("1150");
            assertThat(sink.valueOn("post_comments", sep(20), LONDON)).isEqualByComparingTo("240");
            assertThat(sink.valueOn("post_shares", sep(20), LONDON)).isEqualByComparingTo("120");
            assertThat(sink.valueOn("post_video_views", sep(20), LONDON)).isEqualByComparingTo("15000");
            assertThat(sink.valueOn("posts", sep(18), LONDON)).isEqualByComparingTo("1");
            assertThat(sink.observations).allMatch(o -> o.subject().equals(HQ));
            assertThat(report.problems()).containsExactly(new RowProblem(posts.getFileName().toString(), 5, 24,
                    "Comments", "expected a number but found 'x'"));
            assertThat(report.rowsAccepted()).isEqualTo(3);
            assertThat(report.ignoredColumns()).contains("Views from Organic posts", "Seconds viewed", "Date");
            // Nothing says which days the file covers unless its entry does.
            assertThat(sink.coverage).isEmpty();
        }

        @Test
        void recognises_the_posts_header() {
            assertThat(reader.recognise(Inputs.header(Inputs.file(posts, byPage))).matches()).isTrue();
            assertThat(reader.recognise(Inputs.header(Inputs.file(Inputs.fixture("meta/Viewers.csv"), byPage)))
                    .matches()).isFalse();
        }
    }
}
