package dev.reckon.domain.metric;

/** How values of a metric combine over time and over segments (docs/semantics.md#metrics). */
public enum AggregationKind {
    /** Summed over time and segments: impressions, video views, donations. */
    ADDITIVE,
    /** A count of distinct people: {@code [max, sum]} unless an observation covers the exact window. */
    DISTINCT,
    /** A level at a moment: the latest observation at or before the end of the window. */
    STOCK;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
