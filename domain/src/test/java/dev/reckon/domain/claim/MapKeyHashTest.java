package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.claim.SeriesRef.Name;
import dev.reckon.domain.claim.SeriesRef.SegmentSelector;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Series references and queries, whose hashes are written out, hash equal values alike and tell these apart. */
class MapKeyHashTest {

    private static final Period DEC = Period.of("dec", LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31),
            ZoneId.of("Europe/London"));

    @Test
    void equalReferencesHashAlikeAndEachComponentCounts() {
        SeriesRef ref = ref("video_views", "labour", 1, Optional.empty());

        assertThat(ref("video_views", "labour", 1, Optional.empty())).isEqualTo(ref).hasSameHashCodeAs(ref);
        List<SeriesRef> others = List.of(ref("reach", "labour", 1, Optional.empty()),
                ref("video_views", "tories", 1, Optional.empty()),
                ref("video_views", "labour", 2, Optional.empty()),
                ref("video_views", "labour", 1, Optional.of(new SegmentSelector(name("town", 1), name("Stoke", 1)))));
        assertThat(others).allSatisfy(other -> assertThat(other.hashCode()).isNotEqualTo(ref.hashCode()));
    }

    @Test
    void equalQueriesHashAlikeAndEachComponentCounts() {
        SeriesQuery query = SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK, DEC);

        assertThat(SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK, DEC))
                .isEqualTo(query).hasSameHashCodeAs(query);
        List<SeriesQuery> others = List.of(
                SeriesQuery.of(new MetricId("reach"), Subject.of("labour"), Platform.FACEBOOK, DEC),
                SeriesQuery.of(new MetricId("video_views"), Subject.of("tories"), Platform.FACEBOOK, DEC),
                SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.TWITTER, DEC),
                SeriesQuery.of(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK,
                        Period.of("dec", DEC.from(), DEC.to().minusDays(1), DEC.zone())),
                new SeriesQuery(new MetricId("video_views"), Subject.of("labour"), Platform.FACEBOOK, DEC, Segment.of("town", "Stoke")));
        assertThat(others).allSatisfy(other -> assertThat(other.hashCode()).isNotEqualTo(query.hashCode()));
    }

    private static SeriesRef ref(String metric, String subject, int column, Optional<SegmentSelector> segment) {
        return new SeriesRef(name(metric, column), name(subject, column), name("facebook", column), name("dec", column),
                segment, new Position(1, column));
    }

    private static Name name(String text, int column) {
        return new Name(text, new Position(1, column));
    }
}
