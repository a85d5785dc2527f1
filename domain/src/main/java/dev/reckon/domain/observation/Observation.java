package dev.reckon.domain.observation;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of one metric for one subject on one platform over one window, with where it came from.
 *
 * @param amount the value, with its currency when it is money
 */
public record Observation(Subject subject, Platform platform, MetricId metric, Window window, Segment segment,
                          Amount amount, Provenance provenance) {

    public Observation {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(window, "window is null");
        Objects.requireNonNull(segment, "segment is null");
        Objects.requireNonNull(amount, "amount is null");
        Objects.requireNonNull(provenance, "provenance is null");
    }

    /** The interval of its amount: what most readers of an observation want. */
    public Interval value() {
        return amount.interval();
    }

    /** The currency of a money value; empty for counts and ratios. */
    public Optional<Currency> currency() {
        return amount.currency();
    }

    public SeriesKey seriesKey() {
        return new SeriesKey(subject, platform, metric, segment);
    }

    public ObservationKey key() {
        return new ObservationKey(seriesKey(), window);
    }
}
