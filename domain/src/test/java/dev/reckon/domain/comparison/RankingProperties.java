package dev.reckon.domain.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class RankingProperties {

    @Property
    void everyPositionLiesInItsRankRangeAndGroupsAreCertainlyOrdered(@ForAll("intervals") List<Interval> intervals) {
        List<SeriesValue> values = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            values.add(Values.value("s" + i, intervals.get(i)));
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

    @Property
    void directionAgreesWithTheSignOfTheDifference(@ForAll("interval") Interval a, @ForAll("interval") Interval b) {
        Comparison comparison = Comparison.of(Values.value("a", a), Values.value("b", b));

        switch (comparison.direction()) {
            case UP -> assertThat(comparison.difference().lo().orElseThrow().signum()).isPositive();
            case DOWN -> assertThat(comparison.difference().hi().orElseThrow().signum()).isNegative();
            case FLAT -> assertThat(comparison.difference()).isEqualTo(Interval.ZERO);
            case UNDECIDED -> assertThat(comparison.difference().contains(BigDecimal.ZERO)).isTrue();
        }
    }

    @Provide
    Arbitrary<List<Interval>> intervals() {
        return interval().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Interval> interval() {
        Arbitrary<Integer> end = Arbitraries.integers().between(0, 30);
        Arbitrary<Interval> bounded = Combinators.combine(end, end)
                .as((x, y) -> Interval.of(BigDecimal.valueOf(Math.min(x, y)), BigDecimal.valueOf(Math.max(x, y))));
        Arbitrary<Interval> open = end.map(x -> Interval.atLeast(BigDecimal.valueOf(x)));
        return Arbitraries.frequencyOf(Tuple.of(5, bounded), Tuple.of(1, open));
    }
}
