package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sets by post (docs/semantics.md#post-sets): each post's own value, coverage that may hide posts, and the errors of misuse. */
class PostSetCheckTest {

    private static final String MARCH = "post_retweets{jc, twitter, 2024-03}";

    /**
     * Jeremy Corbyn's three tweets of March 2024 (140, 40 and 90 retweets: 270 in all), one of
     * February, one on Facebook, and one of Labour's: only the first three are in the set.
     */
    private static final List<Post> POSTS = List.of(
            post("101", "jc", Platform.TWITTER, "2024-03-02T10:00:00Z", 140, 5000, "Our best tweet of the month"),
            post("102", "jc", Platform.TWITTER, "2024-03-10T10:00:00Z", 40, 410, "A quiet one"),
            post("103", "jc", Platform.TWITTER, "2024-03-20T10:00:00Z", 90, 2000, "Runner-up"),
            post("100", "jc", Platform.TWITTER, "2024-02-29T23:30:00Z", 500, 9000, "The end of February"),
            post("201", "jc", Platform.FACEBOOK, "2024-03-05T10:00:00Z", 900, 9000, "On Facebook"),
            post("301", "labour", Platform.TWITTER, "2024-03-05T10:00:00Z", 700, 9000, "Labour's"));

    private static final PostSource SOURCE = filter -> POSTS.stream().filter(filter::matches).sorted(LaterExport.CREATED).toList();

    /** The exports cover March, so the three tweets are all there are. */
    private final Dossier covered = new Dossier().with("post_retweets{jc,twitter,2024-03}", "270")
            .with("post_reach{jc,twitter,2024-03}", Interval.of("3000", "7000"));

    /** Part of March is not covered by any export: tweets nobody has seen may be missing. */
    private final Dossier open = new Dossier().withGap("post_retweets{jc,twitter,2024-03}", Interval.atLeast(new java.math.BigDecimal(270)));

    private static Post post(String id, String subject, Platform platform, String created, long retweets, long reach,
                             String text) {
        return new Post(new PostId(platform, id), Subject.of(subject), Instant.parse(created), Optional.of("Tweet"),
                Optional.of("https://twitter.com/" + subject + "/status/" + id), Optional.of(text),
                Map.of(new MetricId("post_retweets"), Interval.exactly(retweets), new MetricId("post_reach"), Interval.exactly(reach)),
                Provenance.of("tweets.csv", 2));
    }

    private static ClaimResult check(Dossier dossier, String check) {
        return new ClaimChecker(Dossier.CONTEXT, dossier.source(), SOURCE).check(Claim.of("c1", check.replace("MM", MARCH)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "max(MM by post) = 140            | true",
        "max(MM by post) = 141            | false",
        "min(MM by post) = 40             | true",
        "count(MM by post) = 3            | true",
        "sum(MM by post) = 270            | true",
        "mean(MM by post) = 90            | true",
        "median(MM by post) = 90          | true",
        "median(MM by post) > 100         | false",
        "argmax(MM by post) = 101         | true",
        "argmax(MM by post) = \"twitter:101\" | true",
        "argmax(MM by post) = 103         | false",
        "argmin(MM by post) = 102         | true",
        "max(post_reach{jc, twitter, 2024-03} by post) = 5000 | true",
    })
    void overCoveredDataEachFunctionReadsThePostsOneByOne(String check, String verdict) {
        ClaimResult result = check(covered, check);

        assertThat(result.verdict().id()).as(result.explanation() + " / " + result.rule()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "max(MM by post) = 140            | undecided",
        "max(MM by post) >= 140           | true",
        "max(MM by post) < 100            | false",
        "min(MM by post) <= 40            | true",
        "min(MM by post) = 40             | undecided",
        "min(MM by post) > 40             | false",
        "count(MM by post) = 3            | undecided",
        "count(MM by post) >= 3           | true",
        "count(MM by post) < 3            | false",
        "sum(MM by post) >= 270           | true",
        "mean(MM by post) = 90            | undecided",
        "median(MM by post) = 90          | undecided",
        "argmax(MM by post) = 101         | undecided",
        "argmax(MM by post) = 103         | false",
        "argmin(MM by post) = 102         | undecided",
    })
    void wherePostsMayBeMissingOnlyOneSideIsKnown(String check, String verdict) {
        ClaimResult result = check(open, check);

        assertThat(result.verdict().id()).as(result.explanation() + " / " + result.rule()).isEqualTo(verdict);
    }

    @Test
    void theSetHoldsThePostsOfTheSubjectOnThePlatformCreatedInThePeriodOnly() {
        ClaimResult result = check(covered, "count(MM by post) = 3");

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        // the whole period's series is read for its coverage, and no series per post
        assertThat(result.series()).extracting(v -> v.query().ref()).containsExactly("post_retweets{jc,twitter,2024-03}");
    }

    @Test
    void aMaximumNamesTheTopPostsWithTheirDayTextAndLink() {
        ClaimResult result = check(covered, "max(MM by post) = 140");

        assertThat(result.explanation()).isEqualTo("The highest of Jeremy Corbyn's 2024-03 Twitter post retweets by post is "
                + "140 (highest post 101 (2024-03-02, \"Our best tweet of the month\", https://twitter.com/jc/status/101) with 140; "
                + "then post 103 (2024-03-20, \"Runner-up\", https://twitter.com/jc/status/103) with 90); the claim says 140: true.");
    }

    @Test
    void aSetReadsEachPostsValueAndAWholePostOnlyForThePostsItsExplanationNames() {
        List<PostFilter> wholeReads = new ArrayList<>();
        List<PostFilter> valueReads = new ArrayList<>();
        PostSource counted = new PostSource() {
            @Override
            public List<Post> posts(PostFilter filter) {
                wholeReads.add(filter);
                return SOURCE.posts(filter);
            }

            @Override
            public List<PostMetricValue> values(PostFilter filter) {
                valueReads.add(filter);
                return SOURCE.values(filter);
            }
        };

        ClaimResult result = new ClaimChecker(Dossier.CONTEXT, covered.source(), counted)
                .check(Claim.of("c1", "max(" + MARCH + " by post) = 140"));

        assertThat(result.explanation()).contains("\"Our best tweet of the month\"").contains("\"Runner-up\"");
        assertThat(valueReads).hasSize(1);
        // The two posts named, each read by its own creation instant.
        assertThat(wholeReads).extracting(filter -> filter.created().orElseThrow().start())
                .containsExactly(Instant.parse("2024-03-02T10:00:00Z"), Instant.parse("2024-03-20T10:00:00Z"));
    }

    @Test
    void aNamedPostTheSourceNoLongerGivesIsNamedAsItsValueKnowsIt() {
        PostSource changed = new PostSource() {
            @Override
            public List<Post> posts(PostFilter filter) {
                return List.of();
            }

            @Override
            public List<PostMetricValue> values(PostFilter filter) {
                return SOURCE.values(filter);
            }
        };

        ClaimResult result = new ClaimChecker(Dossier.CONTEXT, covered.source(), changed)
                .check(Claim.of("c1", "max(" + MARCH + " by post) = 140"));

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.explanation()).contains("highest post 101 (2024-03-02) with 140; then post 103 (2024-03-20) with 90");
    }

    @Test
    void argmaxNamesTheWinningPostAndTheRunnerUpsMargin() {
        ClaimResult result = check(covered, "argmax(MM by post) = 101");

        assertThat(result.explanation()).contains("post 101 (2024-03-02, \"Our best tweet of the month\"")
                .contains("the runner-up post 103 (2024-03-20, \"Runner-up\", https://twitter.com/jc/status/103) had 90, at least 50 less")
                .endsWith(": true.");
    }

    @Test
    void aPostAboveEverySeenOneIsUndecidedWhereTheExportsLeaveAGap() {
        ClaimResult result = check(open, "argmax(MM by post) = 101");

        assertThat(result.explanation()).contains("the exports do not cover all of 2024-03 for Jeremy Corbyn's Twitter "
                + "post retweets, so a post they do not hold may be higher").doesNotContain("overlap");
        assertThat(result.rule()).contains("101 is wholly above every other member seen, but the set may miss posts")
                .contains("may miss posts: the exports do not cover all of 2024-03, so it holds the 3 seen");
    }

    @Test
    void anOpenMaximumSaysPostsMayBeMissing() {
        ClaimResult result = check(open, "max(MM by post) = 140");

        assertThat(result.explanation()).contains("is at least 140 (highest post 101").contains("with 90; the exports do not "
                + "cover all of 2024-03 for Jeremy Corbyn's Twitter post retweets, so there may be more)")
                .endsWith(": undecided, because posts the exports do not hold may be missing from the set.");
    }

    @Test
    void postsWithoutAnyCoverageAreWhatIsKnownNotNoData() {
        Dossier uncovered = new Dossier();

        assertThat(check(uncovered, "max(MM by post) = 140").verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(check(uncovered, "max(MM by post) >= 140").verdict()).isEqualTo(Verdict.TRUE);
        // the same series read for itself has no data
        assertThat(check(uncovered, "max(MM by post) = 140 and " + MARCH + " > 0").verdict()).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void withoutAnyPostOrDataThePeriodIsNoData() {
        ClaimResult result = check(new Dossier(), "max(post_retweets{jc, twitter, 2024-05} by post) = 140");

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void aCoveredPeriodWithoutPostsCountsZeroAndHasNoHighest() {
        Dossier april = new Dossier().with("post_retweets{jc,twitter,2024-04}", "0");

        assertThat(check(april, "count(post_retweets{jc, twitter, 2024-04} by post) = 0").verdict()).isEqualTo(Verdict.TRUE);
        ClaimResult max = check(april, "max(post_retweets{jc, twitter, 2024-04} by post) = 0");
        assertThat(max.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(max.error().orElseThrow().message()).startsWith("there are no posts in post_retweets{jc, twitter, 2024-04}: "
                + "the exports cover all of 2024-04");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "max(impressions{jc, twitter, 2024-03} by post) > 1 | 1:5  | impressions is not a metric of single posts, so it cannot be taken post by post",
        "max(followers{jc, twitter, 2024-03} by post) > 1   | 1:5  | followers is not a metric of single posts, so it cannot be taken post by post: a set by post takes a post's lifetime total, such as post_impressions; group it by day, week or month instead",
        "count(posts{jc, twitter, 2024-03} by post) > 1     | 1:7  | posts is not a metric of single posts, so it cannot be taken post by post: a set by post takes a post's lifetime total, such as post_impressions; posts{jc, twitter, 2024-03} is the number of posts, and count(post_impressions{jc, twitter, 2024-03} by post) counts them one by one",
        "argmax(MM by post) = 2024-03                       | 1:55 | '2024-03' is a period, but the set is by post, so compare it with a post's id such as 101",
        "argmax(MM by post) = 40k                           | 1:55 | '40k' is an amount, but argmax gives the post itself, named by its id such as 101; to compare the highest value, write max(post_retweets{jc, twitter, 2024-03} by post) = 40k",
        "argmax(MM by post) = 999                           | 1:55 | '999' is not the id of a post of the set: the 3 posts found are 101, 102, 103 (jc on twitter, created in 2024-03, with post_retweets)",
        "argmax(MM by post) > 5                             | 1:1  | argmax gives the label of a member",
        "sum(post_reach{jc, twitter, 2024-03} by post) > 1  | 1:1  | post_reach cannot be summed over posts: it counts distinct people, and someone in two posts would be counted twice",
        "max(post_retweets{jc, all, 2024-03} by post) > 1   | 1:23 | each post was made on one platform, so a set by post names it",
        "max(post_retweets{jc, twitter, 2024-03, town=Stoke} by post) > 1 | 1:41 | a post has no segments",
    })
    void misusedSetsByPostAreLocatedTypeErrors(String check, String position, String message) {
        ClaimResult result = check(covered, check);

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).startsWith(message);
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString(position);
    }

    @Test
    void aCheckerWithoutPostsFindsNone() {
        ClaimResult result = covered.checker().check(Claim.of("c1", "count(" + MARCH + " by post) = 0"));

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void theSeriesReadByASetByPostIsTheWholePeriod() {
        List<SeriesQuery> read = new ClaimChecker(Dossier.CONTEXT, covered.source(), SOURCE)
                .seriesReadBy(Claim.of("c1", "max(" + MARCH + " by post) > 1"));

        assertThat(read).extracting(SeriesQuery::ref).containsExactly("post_retweets{jc,twitter,2024-03}");
    }
}
