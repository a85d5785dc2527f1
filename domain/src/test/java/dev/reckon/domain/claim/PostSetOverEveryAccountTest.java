package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code *} in a set by post (docs/claim-language.md#sets-of-posts-by-post): the posts of every
 * account of the dossier's subjects on a platform, or of a subject on every platform it is on, each
 * labelled so that no two are confused; and {@code *} ranging only over the accounts there are.
 */
class PostSetOverEveryAccountTest {

    /** Jeremy Corbyn is on Twitter and Facebook, Labour on Twitter only, Boris Johnson on Facebook only. */
    private static final ClaimContext CONTEXT = new ClaimContext(MetricCatalogue.builtIn(),
            orderedNames(), Map.of(), Set.of(), Dossier.LONDON, Set.of(Platform.TWITTER, Platform.FACEBOOK), Map.of(),
            Map.of(Subject.of("jc"), Set.of(Platform.TWITTER, Platform.FACEBOOK), Subject.of("labour"), Set.of(Platform.TWITTER),
                    Subject.of("johnson"), Set.of(Platform.FACEBOOK)));

    private static final List<Post> POSTS = List.of(
            post("101", "jc", Platform.TWITTER, "2024-03-02T10:00:00Z", 140, "Corbyn's best tweet"),
            post("102", "jc", Platform.TWITTER, "2024-03-10T10:00:00Z", 40, "A quiet one"),
            post("301", "labour", Platform.TWITTER, "2024-03-05T10:00:00Z", 700, "Labour's best tweet"),
            post("201", "jc", Platform.FACEBOOK, "2024-03-05T10:00:00Z", 900, "Corbyn on Facebook"),
            post("401", "johnson", Platform.FACEBOOK, "2024-03-06T10:00:00Z", 300, "Johnson on Facebook"),
            // Two platforms may give the same id to different posts.
            post("555", "labour", Platform.TWITTER, "2024-03-07T10:00:00Z", 10, "Same id on Twitter"),
            post("555", "jc", Platform.FACEBOOK, "2024-03-08T10:00:00Z", 20, "Same id on Facebook"));

    private static final PostSource SOURCE = filter -> POSTS.stream().filter(filter::matches).sorted(LaterExport.CREATED).toList();

    /** Every account's exports cover March. */
    private final Dossier covered = new Dossier().with("post_retweets{jc,twitter,2024-03}", "180")
            .with("post_retweets{labour,twitter,2024-03}", "710").with("post_retweets{jc,facebook,2024-03}", "920")
            .with("post_retweets{johnson,facebook,2024-03}", "300");

    private static Map<Subject, String> orderedNames() {
        Map<Subject, String> names = new LinkedHashMap<>();
        names.put(Subject.of("jc"), "Jeremy Corbyn");
        names.put(Subject.of("labour"), "Labour");
        names.put(Subject.of("johnson"), "Boris Johnson");
        return names;
    }

    private static Post post(String id, String subject, Platform platform, String created, long retweets, String text) {
        return new Post(new PostId(platform, id), Subject.of(subject), Instant.parse(created), Optional.empty(),
                Optional.of("https://example.org/" + subject + "/" + id), Optional.of(text),
                Map.of(new MetricId("post_retweets"), Interval.exactly(retweets)), Provenance.of("posts.csv", 2));
    }

    private static ClaimResult check(Dossier dossier, String check) {
        return new ClaimChecker(CONTEXT, dossier.source(), SOURCE).check(Claim.of("c1", check));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "max(post_retweets{*, twitter, 2024-03} by post) = 700           | true",
        "count(post_retweets{*, twitter, 2024-03} by post) = 4           | true",
        "sum(post_retweets{*, twitter, 2024-03} by post) = 890           | true",
        "argmax(post_retweets{*, twitter, 2024-03} by post) = 301        | true",
        "argmax(post_retweets{*, twitter, 2024-03} by post) = 101        | false",
        "argmin(post_retweets{*, twitter, 2024-03} by post) = 555        | true",
        "max(post_retweets{jc, *, 2024-03} by post) = 900                | true",
        "count(post_retweets{jc, *, 2024-03} by post) = 4                | true",
        "argmax(post_retweets{jc, *, 2024-03} by post) = \"facebook:201\" | true",
        "argmax(post_retweets{jc, *, 2024-03} by post) = 201             | true",
        "max(post_retweets{*, *, 2024-03} by post) = 900                 | true",
        "count(post_retweets{*, *, 2024-03} by post) = 7                 | true",
        "argmax(post_retweets{*, facebook, 2024-03} by post) = 201       | true",
    })
    void starRangesOverThePostsOfEveryAccount(String check, String verdict) {
        ClaimResult result = check(covered, check);

        assertThat(result.verdict().id()).as(result.explanation() + " / " + result.rule()).isEqualTo(verdict);
    }

    @Test
    void theSentenceSaysWhosePostDecided() {
        ClaimResult result = check(covered, "argmax(post_retweets{*, twitter, 2024-03} by post) = 301");

        assertThat(result.explanation()).isEqualTo("Of every subject's 2024-03 Twitter post retweets by post, Labour's post "
                + "301 (2024-03-05, \"Labour's best tweet\", https://example.org/labour/301) had 700 and the runner-up "
                + "Jeremy Corbyn's post 101 (2024-03-02, \"Corbyn's best tweet\", https://example.org/jc/101) had 140, at least "
                + "560 less; the claim says the highest is 301: true.");
        assertThat(result.posts()).extracting(p -> p.id().id()).containsExactly("301", "101");
    }

    @Test
    void overEveryPlatformAPostIsNamedWithItsPlatform() {
        ClaimResult result = check(covered, "max(post_retweets{jc, *, 2024-03} by post) = 900");

        assertThat(result.explanation()).contains("highest post facebook:201 (2024-03-05, \"Corbyn on Facebook\"")
                .contains("then post twitter:101 (2024-03-02");
    }

    @Test
    void aBareIdThatTwoPlatformsUseIsAmbiguous() {
        ClaimResult result = check(covered, "argmin(post_retweets{*, *, 2024-03} by post) = 555");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).isEqualTo("'555' is the id of a post on each of several platforms: "
                + "write it with its platform, as in \"twitter:555\" or \"facebook:555\"");
        assertThat(check(covered, "argmin(post_retweets{*, *, 2024-03} by post) = \"twitter:555\"").verdict())
                .isEqualTo(Verdict.TRUE);
    }

    @Test
    void starLeavesOutSubjectsWithoutAnAccountOnThePlatform() {
        List<SeriesQuery> read = new ClaimChecker(CONTEXT, covered.source(), SOURCE)
                .seriesReadBy(Claim.of("c1", "max(post_retweets{*, twitter, 2024-03} by post) > 1"));

        // Boris Johnson is on Facebook only: his Twitter would be a series without data.
        assertThat(read).extracting(SeriesQuery::ref)
                .containsExactly("post_retweets{jc,twitter,2024-03}", "post_retweets{labour,twitter,2024-03}");
        assertThat(check(covered, "count(post_retweets{*, twitter, 2024-03} by subject) = 2").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(check(covered, "argmax(post_retweets{*, twitter, 2024-03} by subject) = labour").verdict())
                .isEqualTo(Verdict.TRUE);
        assertThat(check(covered, "count(post_retweets{johnson, *, 2024-03} by platform) = 1").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void oneAccountLeftUncoveredMayHidePostsAndIsNamed() {
        Dossier labourOpen = new Dossier().with("post_retweets{jc,twitter,2024-03}", "180")
                .withGap("post_retweets{labour,twitter,2024-03}", Interval.atLeast(new BigDecimal(710)));

        ClaimResult result = check(labourOpen, "max(post_retweets{*, twitter, 2024-03} by post) = 700");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.explanation()).contains("the exports do not cover all of 2024-03 for Labour's Twitter post retweets");
        assertThat(check(labourOpen, "max(post_retweets{*, twitter, 2024-03} by post) >= 700").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void anAccountWithoutAnyExportLeavesTheSetOpenNotWithoutData() {
        Dossier jcOnly = new Dossier().with("post_retweets{jc,twitter,2024-03}", "180");

        ClaimResult result = check(jcOnly, "max(post_retweets{*, twitter, 2024-03} by post) >= 700");

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.TRUE);
        assertThat(check(jcOnly, "max(post_retweets{*, twitter, 2024-03} by post) = 700").verdict()).isEqualTo(Verdict.UNDECIDED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "argmax(post_retweets{*, twitter, 2024-03} by post) = 999  | 1:54 | '999' is not the id of a post of the set: the 4 posts found are 101, 301, 555, 102 (jc on twitter, labour on twitter, created in 2024-03, with post_retweets); if 999 is the highest value rather than a post, write max(post_retweets{*, twitter, 2024-03} by post) = 999",
        "max(post_retweets{*, twitter, 2024-03} by week) > 1       | 1:19 | '*' as the subject ranges over every subject of the dossier, so the set must be 'by subject' (or 'by post', for the posts of every subject)",
        "max(post_retweets{*, all, 2024-03} by post) > 1           | 1:22 | each post was made on one platform, so a set by post names it, or '*' for every platform",
    })
    void misusesAreLocated(String check, String position, String message) {
        ClaimResult result = check(covered, check);

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).startsWith(message);
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString(position);
    }
}
