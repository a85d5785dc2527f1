package dev.reckon.application.port.in;

import dev.reckon.domain.comparison.Comparison;
import dev.reckon.domain.comparison.Ranking;
import dev.reckon.domain.series.SeriesValue;
import java.util.List;
import java.util.Objects;

/** What comparing series gives: a {@link Pair} for two, a {@link Ranked} list for more. */
public sealed interface CompareSeriesResult permits CompareSeriesResult.Pair, CompareSeriesResult.Ranked {

    /** The values of the series, in the order they were asked for. */
    List<SeriesValue> values();

    /** Compares {@code values}: side by side when there are two, ranked otherwise. */
    static CompareSeriesResult of(List<SeriesValue> values) {
        return values.size() == 2
                ? new Pair(Comparison.of(values.get(0), values.get(1)))
                : new Ranked(values, Ranking.of(values));
    }

    /** Two series: A against B. */
    record Pair(Comparison comparison) implements CompareSeriesResult {

        public Pair {
            Objects.requireNonNull(comparison, "comparison is null");
        }

        @Override
        public List<SeriesValue> values() {
            return List.of(comparison.a(), comparison.b());
        }
    }

    /** Three or more series, highest first, with ties. */
    record Ranked(List<SeriesValue> values, Ranking ranking) implements CompareSeriesResult {

        public Ranked {
            values = List.copyOf(values);
            Objects.requireNonNull(ranking, "ranking is null");
        }
    }
}
