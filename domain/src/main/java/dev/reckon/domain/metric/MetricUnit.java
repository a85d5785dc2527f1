package dev.reckon.domain.metric;

/** What a metric counts or measures. Units are checked before a claim is evaluated. */
public enum MetricUnit {
    /** Events such as impressions, views, likes or posts. */
    EVENTS,
    /** Distinct or counted people, such as reach, followers or donors. */
    PEOPLE,
    /** An amount of money; the currency travels with each value. */
    MONEY,
    /** A dimensionless ratio such as an engagement rate. */
    RATIO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Events and people are both counts: they may be compared, with a note that definitions differ. */
    public boolean isCount() {
        return this == EVENTS || this == PEOPLE;
    }
}
