package dev.reckon.domain.series;

/** Anything that can give the value of a series: an observation set, or a fake in tests. */
@FunctionalInterface
public interface SeriesSource {

    /** The value of the series, never null: a missing or non-aggregable series is a value with a status. */
    SeriesValue valueOf(SeriesQuery query);
}
