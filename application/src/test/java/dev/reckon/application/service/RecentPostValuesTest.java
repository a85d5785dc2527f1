package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.fixture.CountingStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostId;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A set by post and the series saying whether it is complete read the posts' values once per check. */
class RecentPostValuesTest {

    private static final Subject LABOUR = Subject.of("labour");
    private static final MetricId RETWEETS = new MetricId("post_retweets");
    private static final Dossier DOSSIER = new Dossier(Path.of("d"), "Posts", ZoneOffset.UTC,
            List.of(new DossierSubject(LABOUR, "Labour", Map.of())), Map.of(), MetricCatalogue.builtIn(), List.of(),
            List.of());
    private static final Window DECEMBER = new Window(Instant.parse("2019-12-01T00:00:00Z"),
            Instant.parse("2020-01-01T00:00:00Z"));

    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private final CountingStore counting = new CountingStore(store);

    @Test
    void aSetByPostOverCoveredPostsReadsTheirValuesOnceAndGivesTheVerdictOfTwoReads() {
        write("tweets.csv", List.of(tweet("1", "2019-12-02T10:00:00Z", 40, 2), tweet("2", "2019-12-09T10:00:00Z", 12, 3)));
        String check = "max(post_retweets{labour, twitter, 2019-12} by post) = 40";

        ClaimResult once = new EvaluateCheckService(DOSSIER, counting).evaluate(check);

        assertThat(counting.postValueReads()).isEqualTo(1);
        assertThat(once.verdict()).isEqualTo(Verdict.TRUE);
        // The set and the series each reading the store, as before: the same result, word for word.
        ClaimChecker everyReadAnew = new ClaimChecker(new ClaimContext(MetricCatalogue.builtIn(), Map.of(LABOUR, "Labour"),
                Map.of(), Set.of(), ZoneOffset.UTC, Set.of(Platform.TWITTER), Map.of()),
                new StoredSeriesSource(counting, MetricCatalogue.builtIn(), SourceOrder.of(DOSSIER)),
                new DossierPostSource(DOSSIER, counting));
        ClaimResult twice = everyReadAnew.check(Claim.of(EvaluateCheckService.ID, check));
        assertThat(counting.postValueReads()).isEqualTo(3);
        assertThat(once).usingRecursiveComparison().isEqualTo(twice);
    }

    @Test
    void anotherFilterIsReadFromTheStoreAndEachKeptReadIsGivenAgain() {
        write("tweets.csv", List.of(tweet("1", "2019-12-02T10:00:00Z", 40, 2)));
        RecentPostValues recent = new RecentPostValues(counting);
        PostFilter december = PostFilter.of(LABOUR, Platform.TWITTER, RETWEETS, DECEMBER);
        PostFilter facebook = PostFilter.of(LABOUR, Platform.FACEBOOK, RETWEETS, DECEMBER);

        assertThat(recent.postValues(december)).hasSize(1);
        assertThat(recent.postValues(december)).isEqualTo(store.postValues(december));
        assertThat(counting.postValueReads()).isEqualTo(1);
        assertThat(recent.postValues(facebook)).isEmpty();
        assertThat(recent.postValues(december)).hasSize(1);
        assertThat(counting.postValueReads()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyReadFilterIsReadAgainOnceMoreThanTheKeptNumberCameAfterIt() {
        RecentPostValues recent = new RecentPostValues(counting);
        PostFilter first = PostFilter.of(Subject.of("account0"), Platform.TWITTER, RETWEETS, DECEMBER);
        recent.postValues(first);
        for (int account = 1; account <= RecentPostValues.KEPT; account++) {
            recent.postValues(PostFilter.of(Subject.of("account" + account), Platform.TWITTER, RETWEETS, DECEMBER));
        }
        assertThat(counting.postValueReads()).isEqualTo(RecentPostValues.KEPT + 1);

        recent.postValues(PostFilter.of(Subject.of("account" + RecentPostValues.KEPT), Platform.TWITTER, RETWEETS, DECEMBER));
        assertThat(counting.postValueReads()).isEqualTo(RecentPostValues.KEPT + 1);
        recent.postValues(first);
        assertThat(counting.postValueReads()).isEqualTo(RecentPostValues.KEPT + 2);
    }

    private static Post tweet(String id, String created, long retweets, long line) {
        return new Post(new PostId(Platform.TWITTER, id), LABOUR, Instant.parse(created), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(RETWEETS, Interval.exactly(retweets)),
                Provenance.of("tweets.csv", line));
    }

    private void write(String file, List<Post> posts) {
        try (SourceWrite write = store.replaceSource(file)) {
            posts.forEach(write::post);
            write.cover(new Coverage(new SeriesKey(LABOUR, Platform.TWITTER, RETWEETS, Segment.TOTAL), DECEMBER, file));
            write.commit(new SourceRecord(file, 1, "ab".repeat(32), "x-tweets", Instant.EPOCH, posts.size(),
                    posts.size(), 0));
        }
    }
}
