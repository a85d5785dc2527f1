package dev.reckon.domain.metric;

/** When the events a metric counts are placed in time. */
public enum Basis {
    /** Counted when they happened: impressions served on a day. */
    EVENT_TIME,
    /** Per-post lifetime totals as of the export, attributed to the post's publish time. */
    POST_LIFETIME,
    /** A level sampled at a moment (followers, page likes). */
    SNAPSHOT;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
