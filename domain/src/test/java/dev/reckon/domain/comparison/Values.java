package dev.reckon.domain.comparison;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Series values made directly, so comparison tests need no observations. */
final class Values {

    private static final Period GE2019 = Period.of("ge2019", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12),
            ZoneId.of("Europe/London"));

    private Values() {
    }

    static SeriesQuery query(String subject, String metric) {
        return SeriesQuery.of(new MetricId(metric), Subject.of(subject), Platform.FACEBOOK, GE2019);
    }

    static SeriesValue value(String subject, Interval interval) {
        return value(subject, "video_views", interval, Optional.empty());
    }

    static SeriesValue value(String subject, String metric, Interval interval, Optional<Currency> currency) {
        return new SeriesValue(query(subject, metric), SeriesStatus.VALUE, interval, currency, List.of(), List.of(),
                "given", List.of());
    }

    static SeriesValue exactly(String subject, long value) {
        return value(subject, Interval.exactly(value));
    }

    static SeriesValue between(String subject, String lo, String hi) {
        return value(subject, Interval.of(lo, hi));
    }

    static SeriesValue missing(String subject) {
        return SeriesValue.missing(query(subject, "video_views"), "No observation and no coverage touches ge2019.");
    }
}
