package dev.reckon.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostValuesTest {

    @Test
    void wholeValuesOfASharedLayoutReadAsAMapInMetricOrder() {
        PostValues.Layout layout = PostValues.Layout.of("post_shares", "post_likes", "post_comments");
        PostValues values = PostValues.ofWhole(layout, new long[] {3, 120, 7});

        assertThat(List.copyOf(values.keySet())).containsExactly("post_comments", "post_likes", "post_shares");
        assertThat(values.get("post_comments")).isEqualTo(Interval.exactly(3));
        assertThat(values.value("post_shares")).contains(Interval.exactly(7));
        assertThat(values.wholeValue("post_likes")).contains(120L);
        assertThat(values.value("post_reach")).isEmpty();
        assertThat(values.get("post_reach")).isNull();
        assertThat(values).isEqualTo(Map.of("post_comments", Interval.exactly(3), "post_likes", Interval.exactly(120),
                "post_shares", Interval.exactly(7)));
    }

    @Test
    void aCopyKeepsFractionsAndRangesAsTheyAreAndWholeNumbersAsNumbers() {
        Map<String, Interval> given = new LinkedHashMap<>();
        given.put("post_rate", Interval.exactly("0.25"));
        given.put("post_impressions", Interval.exactly(1_500));
        given.put("post_reach", Interval.of("10", "20"));
        given.put("post_views", Interval.exactly("12.0"));
        given.put("post_huge", Interval.exactly(new BigDecimal("123456789012345678901234567890")));

        PostValues values = PostValues.copyOf(given);

        assertThat(values).isEqualTo(new TreeMap<>(given));
        assertThat(values.get("post_views").lo().orElseThrow()).isEqualTo(new BigDecimal("12.0"));
        assertThat(values.wholeValue("post_impressions")).contains(1_500L);
        assertThat(values.wholeValue("post_rate")).isEmpty();
        assertThat(values.wholeValue("post_huge")).isEmpty();
        assertThat(List.copyOf(values.keySet())).isSorted();
    }

    @Test
    void aPostKeepsItsValuesCompactAndItsCopyIsTheSame() {
        PostValues values = PostValues.ofWhole(PostValues.Layout.of("post_likes"), new long[] {5});

        assertThat(PostValues.copyOf(values)).isSameAs(values);
        assertThat(values.value("post_likes")).isEqualTo(Optional.of(Interval.exactly(5)));
    }

    @Test
    void aLayoutNamesEachMetricOnceAndItsValuesMatchIt() {
        assertThatThrownBy(() -> PostValues.Layout.of("post_likes", "post_likes"))
                .hasMessageContaining("post_likes is given twice");
        assertThatThrownBy(() -> PostValues.ofWhole(PostValues.Layout.of("post_likes"), new long[] {1, 2}))
                .hasMessageContaining("2 values for the 1 metrics");
    }
}
