package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceWrite;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Texts go through {@code COPY}'s text format and come back as they were: tabs, line ends and
 * backslashes (which the format escapes), {@code \N} (its NULL, as text), and characters outside ASCII.
 */
class CopyTextTest {

    private static final String AWKWARD = "tab\there, line\nend, cr\rend, back\\slash, \\N, café, 東京, 🗳️";

    @Test
    void awkwardTextsComeBackAsTheyWere() {
        Map<MetricId, Interval> values = new LinkedHashMap<>();
        values.put(new MetricId("post_reach"), Interval.exactly(new BigDecimal("0.000123")));
        values.put(new MetricId("post_impressions"), Interval.between(Optional.of(new BigDecimal("1200")), Optional.empty()));
        Post post = new Post(new PostId(Platform.FACEBOOK, "id\t" + AWKWARD), Subject.of("labour"),
                Instant.parse("2019-12-01T10:15:30.123456789Z"), Optional.of(AWKWARD), Optional.empty(),
                Optional.of(AWKWARD), values, new Provenance("posts " + AWKWARD + ".csv", 3, Optional.empty(), AWKWARD));
        SeriesKey town = new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("reach"),
                Segment.of("town", AWKWARD));
        Coverage coverage = new Coverage(town, Window.ofDay(LocalDate.of(2019, 12, 1), ZoneOffset.UTC), AWKWARD);

        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(),
                EmbeddedDatabase.freshDossier())) {
            try (SourceWrite write = store.replaceSource("posts.csv")) {
                write.post(post);
                write.cover(coverage);
                write.commit(Rows.record("posts.csv", 1));
            }

            assertThat(store.posts(PostFilter.ALL)).containsExactly(post);
            assertThat(store.posts(PostFilter.ALL).get(0).values().keySet())
                    .containsExactlyElementsOf(post.values().keySet());
            assertThat(store.find(town).coverage()).containsExactly(coverage);
            assertThat(store.segmentValues()).isEmpty();
        }
    }
}
