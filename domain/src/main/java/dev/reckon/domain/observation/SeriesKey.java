package dev.reckon.domain.observation;

import dev.reckon.domain.metric.MetricId;
import java.util.Objects;

/** What a series is about, without its window: the index under which observations are kept. */
public record SeriesKey(Subject subject, Platform platform, MetricId metric, Segment segment) {

    public SeriesKey {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(segment, "segment is null");
    }

    @Override
    public String toString() {
        return metric + "{" + subject + ", " + platform + (segment.isTotal() ? "" : ", " + segment) + "}";
    }
}
