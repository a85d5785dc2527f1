package dev.reckon.domain.comparison;

import static dev.reckon.domain.comparison.Values.between;
import static dev.reckon.domain.comparison.Values.exactly;
import static dev.reckon.domain.comparison.Values.missing;
import static dev.reckon.domain.comparison.Values.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void separableValuesAreOrderedHighestFirstWithCertainRanks() {
        Ranking ranking = Ranking.of(List.of(exactly("b", 200), exactly("a", 300), exactly("c", 100)));

        assertThat(ranking.entries()).extracting(e -> e.value().query().subject().id()).containsExactly("a", "b", "c");
        assertThat(ranking.entries()).extracting(Ranking.Entry::position).containsExactly(1, 2, 3);
        assertThat(ranking.entries()).extracting(Ranking.Entry::bestRank).containsExactly(1, 2, 3);
        assertThat(ranking.entries()).extracting(Ranking.Entry::worstRank).containsExactly(1, 2, 3);
        assertThat(ranking.entries()).noneMatch(Ranking.Entry::isTied);
        assertThat(ranking.groups()).hasSize(3);
    }

    @Test
    void overlappingIntervalsAreTiedAndShareARankRange() {
        Ranking ranking = Ranking.of(List.of(between("a", "90", "110"), between("b", "100", "120"),
                exactly("c", 50)));

        List<Ranking.Entry> entries = ranking.entries();
        assertThat(entries).extracting(e -> e.value().query().subject().id()).containsExactly("b", "a", "c");
        assertThat(entries.get(0)).extracting(Ranking.Entry::bestRank, Ranking.Entry::worstRank).containsExactly(1, 2);
        assertThat(entries.get(1)).extracting(Ranking.Entry::bestRank, Ranking.Entry::worstRank).containsExactly(1, 2);
        assertThat(entries.get(2)).extracting(Ranking.Entry::bestRank, Ranking.Entry::worstRank).containsExactly(3, 3);
        assertThat(ranking.groups()).extracting(List::size).containsExactly(2, 1);
    }

    @Test
    void tiesAreGroupedTransitivelyWhileRankRangesStayPrecise() {
        SeriesValue high = between("high", "19", "30");
        SeriesValue middle = between("middle", "9", "20");
        SeriesValue low = between("low", "0", "10");

        Ranking ranking = Ranking.of(List.of(low, high, middle));

        assertThat(ranking.groups()).hasSize(1);
        assertThat(ranking.entries()).extracting(Ranking.Entry::group).containsOnly(1);
        // high cannot be last (it is certainly above low); low cannot be first.
        assertThat(ranking.entries()).extracting(Ranking.Entry::bestRank).containsExactly(1, 1, 2);
        assertThat(ranking.entries()).extracting(Ranking.Entry::worstRank).containsExactly(2, 3, 3);
        assertThat(ranking.entries()).allMatch(Ranking.Entry::isTied);
    }

    @Test
    void aWideIntervalLowInTheOrderCanBridgeBackToTheTop() {
        SeriesValue open = value("open", Interval.atLeast(BigDecimal.valueOf(2)));
        SeriesValue point = exactly("point", 1);
        SeriesValue wide = between("wide", "0", "2");

        Ranking ranking = Ranking.of(List.of(wide, point, open));

        assertThat(ranking.entries()).extracting(e -> e.value().query().subject().id())
                .containsExactly("open", "point", "wide");
        assertThat(ranking.groups()).hasSize(1);
        assertThat(ranking.entries().get(1)).extracting(Ranking.Entry::bestRank, Ranking.Entry::worstRank)
                .containsExactly(2, 3);
    }

    @Test
    void equalExactValuesAreTied() {
        Ranking ranking = Ranking.of(List.of(exactly("a", 100), exactly("b", 100)));

        assertThat(ranking.groups()).singleElement().asList().hasSize(2);
        assertThat(ranking.entries()).extracting(e -> e.value().query().subject().id()).containsExactly("a", "b");
    }

    @Test
    void equalLowerEndsAreOrderedByTheUpperEndUnboundedFirst() {
        SeriesValue bounded = between("bounded", "100", "150");
        SeriesValue open = value("open", Interval.atLeast(BigDecimal.valueOf(100)));
        SeriesValue exact = exactly("exact", 100);

        Ranking ranking = Ranking.of(List.of(exact, bounded, open));

        assertThat(ranking.entries()).extracting(e -> e.value().query().subject().id())
                .containsExactly("open", "bounded", "exact");
    }

    @Test
    void seriesWithoutAValueAreNotRankedButListedWithTheReason() {
        Ranking ranking = Ranking.of(List.of(exactly("a", 100), missing("b"), exactly("c", 50)));

        assertThat(ranking.entries()).hasSize(2);
        assertThat(ranking.entries().get(1).worstRank()).isEqualTo(2);
        assertThat(ranking.unranked()).extracting(v -> v.query().subject().id()).containsExactly("b");
        assertThat(ranking.notes()).singleElement().asString().startsWith("video_views{b,facebook,ge2019} has no value");
    }
}
