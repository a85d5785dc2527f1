package dev.reckon.domain.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

class RankingProperties {

    @FuzzTest
    void everyPositionLiesInItsRankRangeAndGroupsAreCertainlyOrdered(FuzzedDataProvider data) {
        List<SeriesValue> values = new ArrayList<>();
        for (int i = 0, count = data.consumeInt(0, 8); i < count; i++) {
            values.add(Values.value("s" + i, interval(data)));
        }

        Ranking ranking = Ranking.of(values);

        assertThat(ranking.entries()).hasSize(values.size());
        for (Ranking.Entry entry : ranking.entries()) {
            assertThat(entry.bestRank()).isLessThanOrEqualTo(entry.position());
            assertThat(entry.position()).isLessThanOrEqualTo(entry.worstRank());
        }
        List<List<Ranking.Entry>> groups = ranking.groups();
        for (int g = 0; g + 1 < groups.size(); g++) {
            for (Ranking.Entry higher : groups.get(g)) {
                for (Ranking.Entry lower : groups.get(g + 1)) {
                    assertThat(higher.value().value().isEntirelyAbove(lower.value().value())).isTrue();
                }
            }
        }
    }

    @FuzzTest
    void directionAgreesWithTheSignOfTheDifference(FuzzedDataProvider data) {
        Comparison comparison = Comparison.of(Values.value("a", interval(data)), Values.value("b", interval(data)));

        switch (comparison.direction()) {
            case UP -> assertThat(comparison.difference().lo().orElseThrow().signum()).isPositive();
            case DOWN -> assertThat(comparison.difference().hi().orElseThrow().signum()).isNegative();
            case FLAT -> assertThat(comparison.difference()).isEqualTo(Interval.ZERO);
            case UNDECIDED -> assertThat(comparison.difference().contains(BigDecimal.ZERO)).isTrue();
        }
    }

    /** Ends in 0..30; one interval in six has no upper end. */
    private static Interval interval(FuzzedDataProvider data) {
        int x = data.consumeInt(0, 30);
        if (data.consumeInt(0, 5) == 5) {
            return Interval.atLeast(BigDecimal.valueOf(x));
        }
        int y = data.consumeInt(0, 30);
        return Interval.of(BigDecimal.valueOf(Math.min(x, y)), BigDecimal.valueOf(Math.max(x, y)));
    }
}
