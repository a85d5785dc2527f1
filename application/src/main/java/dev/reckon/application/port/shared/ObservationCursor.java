package dev.reckon.application.port.shared;

import dev.reckon.domain.observation.Observation;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a listing of observations stopped: the sort key of the last observation given. Listings are
 * in {@link #ORDER} (subject, platform, metric, segment key and value, window start and end, source),
 * which names every observation once, so a page that starts after a cursor neither repeats nor skips
 * an observation even when others are written in between.
 *
 * <p>Strings compare by their UTF-16 code units here and by UTF-8 bytes in SQLite, which agree for
 * every text without characters above U+FFFF. How a client sees a cursor is the presenting adapter's
 * business (the HTTP API gives it as opaque text).
 */
public record ObservationCursor(String subject, String platform, String metric, String segmentKey,
                                String segmentValue, Instant start, Instant end, String source) {

    public static final Comparator<ObservationCursor> ORDER = Comparator.comparing(ObservationCursor::subject)
            .thenComparing(ObservationCursor::platform)
            .thenComparing(ObservationCursor::metric)
            .thenComparing(ObservationCursor::segmentKey)
            .thenComparing(ObservationCursor::segmentValue)
            .thenComparing(ObservationCursor::start)
            .thenComparing(ObservationCursor::end)
            .thenComparing(ObservationCursor::source);

    public ObservationCursor {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(segmentKey, "segmentKey is null");
        Objects.requireNonNull(segmentValue, "segmentValue is null");
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(end, "end is null");
        Objects.requireNonNull(source, "source is null");
    }

    /** The sort key of {@code observation}. */
    public static ObservationCursor of(Observation observation) {
        return new ObservationCursor(observation.subject().id(), observation.platform().id(), observation.metric().value(),
                observation.segment().key(), observation.segment().value(), observation.window().start(),
                observation.window().end(), observation.provenance().source());
    }

    /** Whether {@code observation} sorts after this cursor, so belongs on the next page. */
    public boolean precedes(Observation observation) {
        return ORDER.compare(this, of(observation)) < 0;
    }
}
