package dev.reckon.domain.series;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import java.util.Objects;

/** A series reference resolved against a dossier: {@code metric{subject, platform, period[, segment]}}. */
public record SeriesQuery(MetricId metric, Subject subject, Platform platform, Period period, Segment segment) {

    public SeriesQuery {
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(segment, "segment is null");
    }

    /**
     * From every component, written out: queries are map keys on every check's path, and the
     * record's generated hash goes through method handles that are not always inlined
     * (docs/benchmarks.md#code-choices).
     */
    @Override
    public int hashCode() {
        int hash = metric.hashCode();
        hash = 31 * hash + subject.id().hashCode();
        hash = 31 * hash + platform.hashCode();
        hash = 31 * hash + period.name().hashCode();
        hash = 31 * hash + period.from().hashCode();
        hash = 31 * hash + period.to().hashCode();
        hash = 31 * hash + period.zone().hashCode();
        hash = 31 * hash + segment.key().hashCode();
        return 31 * hash + segment.value().hashCode();
    }

    public static SeriesQuery of(MetricId metric, Subject subject, Platform platform, Period period) {
        return new SeriesQuery(metric, subject, platform, period, Segment.TOTAL);
    }

    public SeriesKey key() {
        return new SeriesKey(subject, platform, metric, segment);
    }

    /** {@code video_views{labour,facebook,ge2019}}, the form the JSON report uses. */
    public String ref() {
        return metric + "{" + subject + "," + platform + "," + period.name()
                + (segment.isTotal() ? "" : "," + segment) + "}";
    }

    @Override
    public String toString() {
        return ref();
    }
}
