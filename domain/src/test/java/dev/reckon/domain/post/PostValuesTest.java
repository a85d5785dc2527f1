package dev.reckon.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostValuesTest {

    private static MetricId m(String id) {
        return new MetricId(id);
    }

    @Test
    void wholeValuesOfASharedLayoutReadAsAMapInMetricOrder() {
        PostValues.Layout layout = PostValues.Layout.of(m("post_shares"), m("post_likes"), m("post_comments"));
        PostValues values = PostValues.ofWhole(layout, new long[] {3, 120, 7});

        assertThat(List.copyOf(values.keySet())).containsExactly(m("post_comments"), m("post_likes"), m("post_shares"));
        assertThat(values.get(m("post_comments"))).isEqualTo(Interval.exactly(3));
        assertThat(values.value(m("post_shares"))).contains(Interval.exactly(7));
        assertThat(values.wholeValue(m("post_likes"))).contains(120L);
        assertThat(values.value(m("post_reach"))).isEmpty();
        assertThat(values.get(m("post_reach"))).isNull();
        assertThat(values).isEqualTo(Map.of(m("post_comments"), Interval.exactly(3), m("post_likes"), Interval.exactly(120),
                m("post_shares"), Interval.exactly(7)));
    }

    @Test
    void aCopyKeepsFractionsAndRangesAsTheyAreAndWholeNumbersAsNumbers() {
        Map<MetricId, Interval> given = new LinkedHashMap<>();
        given.put(m("post_rate"), Interval.exactly("0.25"));
        given.put(m("post_impressions"), Interval.exactly(1_500));
        given.put(m("post_reach"), Interval.of("10", "20"));
        given.put(m("post_views"), Interval.exactly("12.0"));
        given.put(m("post_huge"), Interval.exactly(new BigDecimal("123456789012345678901234567890")));

        PostValues values = PostValues.copyOf(given);

        assertThat(values).isEqualTo(new TreeMap<>(given));
        assertThat(values.get(m("post_views")).lo().orElseThrow()).isEqualTo(new BigDecimal("12.0"));
        assertThat(values.wholeValue(m("post_impressions"))).contains(1_500L);
        assertThat(values.wholeValue(m("post_rate"))).isEmpty();
        assertThat(values.wholeValue(m("post_huge"))).isEmpty();
        assertThat(List.copyOf(values.keySet())).isSorted();
    }

    @Test
    void aPostKeepsItsValuesCompactAndItsCopyIsTheSame() {
        PostValues values = PostValues.ofWhole(PostValues.Layout.of(m("post_likes")), new long[] {5});

        assertThat(PostValues.copyOf(values)).isSameAs(values);
        assertThat(values.value(m("post_likes"))).isEqualTo(Optional.of(Interval.exactly(5)));
    }

    @Test
    void aLayoutNamesEachMetricOnceAndItsValuesMatchIt() {
        assertThatThrownBy(() -> PostValues.Layout.of(m("post_likes"), m("post_likes")))
                .hasMessageContaining("post_likes is given twice");
        assertThatThrownBy(() -> PostValues.ofWhole(PostValues.Layout.of(m("post_likes")), new long[] {1, 2}))
                .hasMessageContaining("2 values for the 1 metrics");
    }
}
