package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A block of posts reads back as written, whatever the numbers' sizes and the texts. */
class PostBlockTest {

    private static final MetricId IMPRESSIONS = new MetricId("post_impressions");
    private static final MetricId RATE = new MetricId("post_engagement_rate");

    @Test
    void keysDetailsAndValuesReadBackAsWritten() {
        Post linked = post("https://twitter.com/x/status/1", Optional.of("https://twitter.com/x/status/1"),
                Optional.of("Vote \u2705 today"), Map.of(IMPRESSIONS, Interval.exactly(Long.MAX_VALUE)), 2);
        Post rated = post("2", Optional.of("https://example.org/2"), Optional.empty(),
                Map.of(IMPRESSIONS, Interval.exactly(-5), RATE, Interval.of("0.0335", "0.0345")), 300_000);
        Post bare = post("3", Optional.empty(), Optional.of(""),
                Map.of(RATE, Interval.between(Optional.of(BigDecimal.TEN), Optional.empty())), 0);
        long[] created = {Long.MIN_VALUE, 0, Long.MAX_VALUE};

        PostBlock block = PostBlock.of(new Post[] {linked, rated, bare}, created, new long[] {7, 8, 70_000},
                new long[] {4, 4, 4}, 3);

        assertThat(block.createdMin()).isEqualTo(Long.MIN_VALUE);
        assertThat(block.createdMax()).isEqualTo(Long.MAX_VALUE);
        PostKeys keys = PostKeys.of(block.keys());
        assertThat(keys.count()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(keys.created(i)).isEqualTo(created[i]);
            assertThat(keys.provenanceId(i)).isEqualTo(4);
        }
        assertThat(keys.seq(2)).isEqualTo(70_000);
        assertThat(new long[] {keys.line(0), keys.line(1), keys.line(2)}).containsExactly(2, 300_000, 0);
        assertThat(new String[] {keys.id(0), keys.id(1), keys.id(2)})
                .containsExactly("https://twitter.com/x/status/1", "2", "3");
        PostDetails details = PostDetails.of(block.details());
        assertThat(details.permalink(0, keys.id(0))).contains("https://twitter.com/x/status/1");
        assertThat(details.permalink(1, keys.id(1))).contains("https://example.org/2");
        assertThat(details.permalink(2, keys.id(2))).isEmpty();
        assertThat(details.preview(0)).contains("Vote \u2705 today");
        assertThat(details.preview(1)).isEmpty();
        assertThat(details.preview(2)).contains("");
        assertThat(details.type(0)).contains("Photo");
        PostValueColumn impressions = PostValueColumn.of(block.values().get(IMPRESSIONS));
        assertThat(impressions.value(0)).isEqualTo(Interval.exactly(Long.MAX_VALUE));
        assertThat(impressions.value(1)).isEqualTo(Interval.exactly(-5));
        assertThat(impressions.has(2)).isFalse();
        PostValueColumn rate = PostValueColumn.of(block.values().get(RATE));
        assertThat(rate.has(0)).isFalse();
        assertThat(rate.value(1)).isEqualTo(Interval.of("0.0335", "0.0345"));
        assertThat(rate.value(2)).isEqualTo(Interval.between(Optional.of(BigDecimal.TEN), Optional.empty()));
    }

    @Test
    void aColumnOfSmallCountsTakesAFewBytesAPost() {
        int count = 4096;
        Post[] posts = new Post[count];
        for (int i = 0; i < count; i++) {
            posts[i] = post(Integer.toString(i), Optional.empty(), Optional.empty(),
                    Map.of(IMPRESSIONS, Interval.exactly(1_000 + i % 50_000), RATE, Interval.exactly(0)), i + 2);
        }

        PostBlock block = PostBlock.of(posts, new long[count], new long[count], new long[count], count);

        assertThat(block.values().get(IMPRESSIONS).length).isLessThan(count * 2 + 64);
        assertThat(block.values().get(RATE).length).isLessThan(64);
        PostValueColumn impressions = PostValueColumn.of(block.values().get(IMPRESSIONS));
        assertThat(impressions.whole(count - 1)).isEqualTo(1_000 + (count - 1));
        assertThat(PostValueColumn.of(block.values().get(RATE)).value(17)).isEqualTo(Interval.exactly(0));
    }

    private static Post post(String id, Optional<String> permalink, Optional<String> preview,
                             Map<MetricId, Interval> values, long line) {
        return new Post(new PostId(Platform.TWITTER, id), Subject.of("labour"), Instant.EPOCH, Optional.of("Photo"),
                permalink, preview, values, new Provenance("a.csv", line, Optional.empty(), "import-1"));
    }
}
