package dev.reckon.domain.series;

/** Whether a series could be given a value. */
public enum SeriesStatus {
    /** A value was computed (possibly with unbounded ends). */
    VALUE,
    /** No observation and no coverage touches the period. */
    MISSING,
    /** The request cannot be aggregated, such as an unknown metric or a distinct count over a union. */
    NOT_AGGREGABLE
}
