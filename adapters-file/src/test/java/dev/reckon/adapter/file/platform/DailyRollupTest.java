package dev.reckon.adapter.file.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyRollupTest {

    private static final LocalDate DAY = LocalDate.of(2019, 12, 12);
    private static final Window ON_DAY = Window.ofDay(DAY, Inputs.LONDON);
    private static final Window NEXT_DAY = Window.ofDay(DAY.plusDays(1), Inputs.LONDON);
    private final RecordingSink sink = new RecordingSink();
    private final Emitter emitter = new Emitter(sink, new ReportBuilder("posts.csv", "test", "UTF-8"), Inputs.HQ,
            Platform.FACEBOOK, Inputs.LONDON, "i", Optional.empty());

    @Test
    void sums_additive_values_of_a_day_and_keeps_the_first_line() {
        DailyRollup rollup = new DailyRollup();
        rollup.add("impressions", AggregationKind.ADDITIVE, ON_DAY, Segment.TOTAL, new BigDecimal("100"), 7);
        rollup.add("impressions", AggregationKind.ADDITIVE, ON_DAY, Segment.TOTAL, new BigDecimal("50"), 9);
        rollup.add("impressions", AggregationKind.ADDITIVE, NEXT_DAY, Segment.TOTAL, BigDecimal.ONE, 11);

        rollup.emit(emitter);

        assertThat(sink.onDay("impressions", DAY, Inputs.LONDON).orElseThrow())
                .satisfies(o -> assertThat(o.value()).isEqualTo(Interval.exactly(150)))
                .satisfies(o -> assertThat(o.provenance().line().orElseThrow()).isEqualTo(7));
        assertThat(sink.valueOn("impressions", DAY.plusDays(1), Inputs.LONDON)).isEqualByComparingTo("1");
    }

    @Test
    void bounds_a_distinct_count_of_several_posts_by_their_largest_value_and_their_sum() {
        DailyRollup rollup = new DailyRollup();
        rollup.add("reach", AggregationKind.DISTINCT, ON_DAY, Segment.TOTAL, new BigDecimal("76"), 3);
        rollup.add("reach", AggregationKind.DISTINCT, ON_DAY, Segment.TOTAL, new BigDecimal("53"), 4);
        rollup.add("reach", AggregationKind.DISTINCT, NEXT_DAY, Segment.TOTAL, new BigDecimal("21"), 5);

        rollup.emit(emitter);

        assertThat(sink.onDay("reach", DAY, Inputs.LONDON).orElseThrow().value())
                .isEqualTo(Interval.of(new BigDecimal("76"), new BigDecimal("129")));
        assertThat(sink.onDay("reach", DAY.plusDays(1), Inputs.LONDON).orElseThrow().value())
                .isEqualTo(Interval.exactly(21));
    }

    @Test
    void refuses_one_metric_added_as_two_kinds() {
        DailyRollup rollup = new DailyRollup();
        rollup.add("reach", AggregationKind.DISTINCT, ON_DAY, Segment.TOTAL, BigDecimal.ONE, 3);

        assertThatThrownBy(() -> rollup.add("reach", AggregationKind.ADDITIVE, ON_DAY, Segment.TOTAL,
                BigDecimal.ONE, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
