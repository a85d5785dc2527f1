package dev.reckon.application.port.in;

import dev.reckon.domain.series.SeriesQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Series to compare: two give a comparison, more a ranking. */
public record CompareSeriesQuery(List<SeriesQuery> series) {

    public CompareSeriesQuery {
        Objects.requireNonNull(series, "series is null");
        series = List.copyOf(series);
        if (series.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two series, but " + series.size()
                    + (series.size() == 1 ? " was" : " were") + " given");
        }
    }

    public static CompareSeriesQuery of(SeriesQuery first, SeriesQuery second, SeriesQuery... more) {
        List<SeriesQuery> all = new ArrayList<>(List.of(first, second));
        all.addAll(List.of(more));
        return new CompareSeriesQuery(all);
    }
}
