package dev.reckon.domain.post;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaterExportTest {

    private static final Instant NOON = Instant.parse("2017-01-05T12:00:00Z");
    private static final MetricId IMPRESSIONS = new MetricId("post_impressions");

    private static Post post(String id, Instant created, long impressions, String file, Optional<Instant> exportedAt) {
        return new Post(new PostId(Platform.TWITTER, id), Subject.of("labour"), created, Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(new MetricId("post_impressions"), Interval.exactly(impressions)),
                new Provenance(file, 2, exportedAt, "import-1"));
    }

    @Test
    void theFileOfTheLaterDataEntryWinsWhateverTheOrderPostsComeIn() {
        LaterExport order = new LaterExport(List.of("march.csv", "april.csv"));
        Post inMarch = post("1", NOON, 100, "march.csv", Optional.empty());
        Post inApril = post("1", NOON, 140, "april.csv", Optional.empty());

        assertThat(order.latest(List.of(inMarch, inApril))).containsExactly(inApril);
        assertThat(order.latest(List.of(inApril, inMarch))).containsExactly(inApril);
    }

    @Test
    void valuesOfPostsKeepTheLaterExportsAsPostsDoInCreationOrder() {
        LaterExport order = new LaterExport(List.of("march.csv", "april.csv"));
        Post inMarch = post("1", NOON, 100, "march.csv", Optional.empty());
        Post inApril = post("1", NOON, 140, "april.csv", Optional.empty());
        Post earlier = post("2", NOON.minusSeconds(60), 7, "march.csv", Optional.empty());
        Post statedLater = post("3", NOON, 5, "march.csv", Optional.of(NOON.plusSeconds(86_400)));
        Post statedEarlier = post("3", NOON, 6, "april.csv", Optional.of(NOON));

        List<Post> posts = List.of(inApril, statedLater, inMarch, earlier, statedEarlier);

        assertThat(order.latestValues(posts.stream()
                .map(post -> PostMetricValue.of(post, IMPRESSIONS).orElseThrow()).toList()))
                .extracting(PostMetricValue::value)
                .containsExactlyElementsOf(order.latest(posts).stream()
                        .map(post -> post.value(IMPRESSIONS).orElseThrow()).toList())
                .containsExactly(Interval.exactly(7), Interval.exactly(140), Interval.exactly(5));
    }

    @Test
    void valuesGivenOncePerFileAreOnlyOrderedWhenOneFileGivesThemAllAndResolvedOtherwise() {
        LaterExport order = new LaterExport(List.of("march.csv", "april.csv"));
        PostMetricValue late = value(post("2", NOON.plusSeconds(60), 7, "march.csv", Optional.empty()));
        PostMetricValue early = value(post("1", NOON, 100, "march.csv", Optional.empty()));
        PostMetricValue earlyInApril = value(post("1", NOON, 140, "april.csv", Optional.empty()));

        assertThat(order.latestValuesOncePerFile(List.of(late, early))).containsExactly(early, late);
        assertThat(order.latestValuesOncePerFile(List.of(late, early, earlyInApril))).containsExactly(earlyInApril, late);
        assertThat(order.latestValuesOncePerFile(List.of())).isEmpty();
    }

    private static PostMetricValue value(Post post) {
        return PostMetricValue.of(post, IMPRESSIONS).orElseThrow();
    }

    @Test
    void aStatedExportTimeDecidesBeforeTheDossiersOrder() {
        LaterExport order = new LaterExport(List.of("b.csv", "a.csv"));
        Post exportedLater = post("1", NOON, 100, "b.csv", Optional.of(NOON.plusSeconds(86_400)));
        Post exportedEarlier = post("1", NOON, 140, "a.csv", Optional.of(NOON));

        assertThat(order.latest(List.of(exportedLater, exportedEarlier))).containsExactly(exportedLater);
    }

    @Test
    void sourcesTheDossierDoesNotListComeAfterItsOwnThenByName() {
        LaterExport order = new LaterExport(List.of("listed.csv"));
        Post posted = post("1", NOON, 1, "api:posts-1", Optional.empty());
        Post listed = post("1", NOON, 2, "listed.csv", Optional.empty());

        assertThat(order.latest(List.of(listed, posted))).containsExactly(posted);
        assertThat(order.latest(List.of(posted, listed))).containsExactly(posted);
        assertThat(new LaterExport(List.of()).latest(List.of(post("1", NOON, 1, "b.csv", Optional.empty()),
                post("1", NOON, 2, "a.csv", Optional.empty())))).extracting(p -> p.provenance().source())
                .containsExactly("b.csv");
    }

    @Test
    void differentPostsAddAndComeOutByCreationTimeThenId() {
        LaterExport order = new LaterExport(List.of("a.csv", "b.csv"));
        Post late = post("9", NOON.plusSeconds(60), 1, "a.csv", Optional.empty());
        Post earlyB = post("2", NOON, 1, "b.csv", Optional.empty());
        Post earlyA = post("10", NOON, 1, "a.csv", Optional.empty());

        assertThat(order.latest(List.of(late, earlyB, earlyA))).containsExactly(earlyA, earlyB, late);
    }
}
