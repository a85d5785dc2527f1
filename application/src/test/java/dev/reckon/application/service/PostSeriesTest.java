package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Series of per-post metrics summed from the posts (docs/semantics.md#posts): each post once with its
 * latest export's values, different posts added, the exports' coverage deciding the upper bound.
 */
class PostSeriesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Subject RO = Subject.of("ro");
    private static final MetricId IMPRESSIONS = new MetricId("post_impressions");
    private static final MetricId REACH = new MetricId("post_reach");
    private static final Instant FEBRUARY_UTC = Instant.parse("2017-02-01T00:00:00Z");
    private static final Instant MARCH_UTC = Instant.parse("2017-03-01T00:00:00Z");

    private final InMemoryObservationStore store = new InMemoryObservationStore();
    /** The dossier's files, earliest export first. */
    private final StoredSeriesSource series = new StoredSeriesSource(store, MetricCatalogue.builtIn(),
            SourceOrder.listing(List.of("february.csv", "late-february.csv", "march.csv")));

    @Test
    void aLaterExportWhoseWindowCutsADayElsewhereReplacesOnlyItsOwnPosts() {
        // february.csv covers February UTC; late-february.csv, exported later, from 15 February 12:00 UTC.
        // Berlin's 15 February is [14 Feb 23:00Z, 15 Feb 23:00Z): the later file cuts it at 12:00Z.
        Post early = tweet("1", "2017-02-15T08:00:00Z", IMPRESSIONS, 10, "february.csv", 2);
        Post lateFirst = tweet("2", "2017-02-15T14:00:00Z", IMPRESSIONS, 20, "february.csv", 3);
        Post lateAgain = tweet("2", "2017-02-15T14:00:00Z", IMPRESSIONS, 25, "late-february.csv", 2);
        Instant midDay = Instant.parse("2017-02-15T12:00:00Z");
        // The daily roll-ups a store written before the posts counted still holds: its whole Berlin day
        // from the first file, the part after 12:00Z from the second.
        write("late-february.csv", List.of(lateAgain), List.of(new Window(midDay, MARCH_UTC)),
                List.of(rollup(new Window(midDay, Instant.parse("2017-02-15T23:00:00Z")), 25, "late-february.csv")));
        write("february.csv", List.of(early, lateFirst), List.of(new Window(FEBRUARY_UTC, MARCH_UTC)),
                List.of(rollup(Window.ofDay(LocalDate.of(2017, 2, 15), BERLIN), 30, "february.csv")));

        SeriesValue day = series.valueOf(query(IMPRESSIONS, "2017-02-15", "2017-02-15"));

        assertThat(day.value()).isEqualTo(Interval.exactly(35));
        assertThat(day.gaps()).isEmpty();
        assertThat(day.rule()).startsWith("Sum of the 2 posts created in p (2017-02-15), each once with the values of"
                + " its latest export, from 2 files (february.csv and late-february.csv).");
        assertThat(day.notes()).containsExactly("1 export of posts already exported in another file was left out:"
                + " each post counts once, with its latest export's values");
        // The evidence is the posts' day parts, cut where the later file's window starts.
        assertThat(day.observations()).extracting(Observation::window).containsExactly(
                new Window(Instant.parse("2017-02-14T23:00:00Z"), midDay),
                new Window(midDay, Instant.parse("2017-02-15T23:00:00Z")));
        assertThat(day.observations()).extracting(Observation::value)
                .containsExactly(Interval.exactly(10), Interval.exactly(25));
    }

    @Test
    void aPostInTwoFilesCountsOnceWithTheLaterFilesValuesWhateverTheImportOrder() {
        write("march.csv", List.of(tweet("1", "2017-02-10T10:00:00Z", IMPRESSIONS, 140, "march.csv", 2)),
                List.of(new Window(FEBRUARY_UTC, Instant.parse("2017-04-01T00:00:00Z"))), List.of());
        write("february.csv", List.of(tweet("1", "2017-02-10T10:00:00Z", IMPRESSIONS, 100, "february.csv", 2),
                tweet("2", "2017-02-11T10:00:00Z", IMPRESSIONS, 7, "february.csv", 3)),
                List.of(new Window(FEBRUARY_UTC, MARCH_UTC)), List.of());

        SeriesValue february = series.valueOf(query(IMPRESSIONS, "2017-02-02", "2017-02-27"));

        assertThat(february.value()).isEqualTo(Interval.exactly(147));
        assertThat(february.status()).isEqualTo(SeriesStatus.VALUE);
    }

    @Test
    void postsOfDifferentFilesAdd() {
        write("february.csv", List.of(tweet("1", "2017-02-10T10:00:00Z", IMPRESSIONS, 100, "february.csv", 2)),
                List.of(new Window(FEBRUARY_UTC, MARCH_UTC)), List.of());
        write("march.csv", List.of(tweet("2", "2017-03-10T10:00:00Z", IMPRESSIONS, 40, "march.csv", 2)),
                List.of(new Window(MARCH_UTC, Instant.parse("2017-04-01T00:00:00Z"))), List.of());

        SeriesValue both = series.valueOf(query(IMPRESSIONS, "2017-02-02", "2017-03-30"));

        assertThat(both.value()).isEqualTo(Interval.exactly(140));
        assertThat(both.observations()).extracting(o -> o.provenance().location())
                .containsExactly("february.csv:2", "march.csv:2");
    }

    @Test
    void aStretchNoExportCoversLeavesTheValueWithoutAnUpperBoundEvenWhereItHoldsPosts() {
        // Berlin's February starts an hour before the UTC file covers it, and a tweet was posted then.
        write("february.csv", List.of(tweet("1", "2017-01-31T23:30:00Z", IMPRESSIONS, 9, "february.csv", 2),
                tweet("2", "2017-02-10T10:00:00Z", IMPRESSIONS, 100, "february.csv", 3)),
                List.of(new Window(FEBRUARY_UTC, MARCH_UTC)), List.of());

        SeriesValue february = series.valueOf(query(IMPRESSIONS, "2017-02-01", "2017-02-28"));

        assertThat(february.value()).isEqualTo(Interval.atLeast(java.math.BigDecimal.valueOf(109)));
        assertThat(february.gaps()).containsExactly(new Window(Instant.parse("2017-01-31T23:00:00Z"), FEBRUARY_UTC));
        assertThat(february.rule()).endsWith("One stretch of time (1 hour in all) no export covers may hold posts"
                + " not seen, so the value has no upper bound.");
    }

    @Test
    void aCoveredPeriodWithoutPostsIsZeroAndOneWithNeitherPostsNorCoverageHasNoData() {
        write("february.csv", List.of(tweet("1", "2017-02-10T10:00:00Z", IMPRESSIONS, 100, "february.csv", 2)),
                List.of(new Window(FEBRUARY_UTC, MARCH_UTC)), List.of());

        SeriesValue quiet = series.valueOf(query(IMPRESSIONS, "2017-02-12", "2017-02-20"));
        SeriesValue unknown = series.valueOf(query(IMPRESSIONS, "2017-05-01", "2017-05-31"));

        assertThat(quiet.value()).isEqualTo(Interval.ZERO);
        assertThat(quiet.rule()).isEqualTo("No post with post_impressions was created in p (2017-02-12 to 2017-02-20)."
                + " The exports cover the whole period, so days without posts count zero.");
        assertThat(unknown.status()).isEqualTo(SeriesStatus.MISSING);
    }

    @Test
    void thePeopleSeveralPostsReachedAreAtLeastTheMostAnyOneReachedAndAtMostTheirSum() {
        write("february.csv", List.of(tweet("1", "2017-02-10T10:00:00Z", REACH, 100, "february.csv", 2),
                tweet("2", "2017-02-10T11:00:00Z", REACH, 30, "february.csv", 3),
                tweet("3", "2017-02-20T11:00:00Z", REACH, 50, "february.csv", 4)),
                List.of(new Window(FEBRUARY_UTC, MARCH_UTC)), List.of());

        SeriesValue reach = series.valueOf(query(REACH, "2017-02-02", "2017-02-27"));

        assertThat(reach.value()).isEqualTo(Interval.of("100", "180"));
        assertThat(reach.observations()).extracting(Observation::value)
                .containsExactly(Interval.of("100", "130"), Interval.exactly(50));
    }

    @Test
    void figuresOfTheSeriesThatNoPostGivesAreStillAggregated() {
        // A canonical file's daily totals, with no posts behind them: the series rules read them as before.
        write("totals.csv", List.of(), List.of(),
                List.of(rollup(Window.ofDay(LocalDate.of(2017, 2, 10), BERLIN), 12, "totals.csv"),
                        rollup(Window.ofDay(LocalDate.of(2017, 2, 11), BERLIN), 30, "totals.csv")));

        SeriesValue two = series.valueOf(query(IMPRESSIONS, "2017-02-10", "2017-02-11"));

        assertThat(two.value()).isEqualTo(Interval.exactly(42));
    }

    @Test
    void postsAndFiguresNoPostGivesAddDayByDay() {
        write("february.csv", List.of(tweet("1", "2017-02-10T10:00:00Z", IMPRESSIONS, 100, "february.csv", 2)),
                List.of(new Window(FEBRUARY_UTC, MARCH_UTC)), List.of());
        write("totals.csv", List.of(), List.of(),
                List.of(rollup(Window.ofDay(LocalDate.of(2017, 2, 11), BERLIN), 30, "totals.csv")));

        SeriesValue two = series.valueOf(query(IMPRESSIONS, "2017-02-10", "2017-02-11"));

        assertThat(two.value()).isEqualTo(Interval.exactly(130));
        assertThat(two.notes()).contains("1 figure is the daily total of 1 post created in p; the others were given"
                + " as figures");
    }

    @Test
    void aPostWithoutCoverageIsSeenButBoundsTheSeriesOnlyFromBelow() {
        write("posted.json", List.of(tweet("1", "2017-02-10T10:00:00Z", IMPRESSIONS, 100, "posted.json", 1)),
                List.of(), List.of());

        SeriesValue seen = series.valueOf(query(IMPRESSIONS, "2017-02-01", "2017-02-28"));

        assertThat(seen.status()).isEqualTo(SeriesStatus.VALUE);
        assertThat(seen.value()).isEqualTo(Interval.atLeast(java.math.BigDecimal.valueOf(100)));
    }

    private static SeriesQuery query(MetricId metric, String from, String to) {
        return SeriesQuery.of(metric, RO, Platform.TWITTER, Period.of("p", LocalDate.parse(from), LocalDate.parse(to),
                BERLIN));
    }

    private static Post tweet(String id, String created, MetricId metric, long value, String file, long line) {
        return new Post(new PostId(Platform.TWITTER, id), RO, Instant.parse(created), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(metric, Interval.exactly(value)), Provenance.of(file, line));
    }

    private static Observation rollup(Window window, long value, String file) {
        return new Observation(RO, Platform.TWITTER, IMPRESSIONS, window, Segment.TOTAL, Amount.exactly(value),
                Provenance.of(file, 2));
    }

    private void write(String file, List<Post> posts, List<Window> covered, List<Observation> observations) {
        List<MetricId> metrics = new ArrayList<>(List.of(IMPRESSIONS, REACH));
        try (SourceWrite write = store.replaceSource(file)) {
            posts.forEach(write::post);
            observations.forEach(write::accept);
            for (Window window : covered) {
                metrics.forEach(metric -> write.cover(new Coverage(new SeriesKey(RO, Platform.TWITTER, metric,
                        Segment.TOTAL), window, file)));
            }
            write.commit(new SourceRecord(file, 1, "ab".repeat(32), "x-tweets", Instant.EPOCH, posts.size(),
                    posts.size(), 0));
        }
    }
}
