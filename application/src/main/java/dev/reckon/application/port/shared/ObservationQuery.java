package dev.reckon.application.port.shared;

import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored observations to list, one page at a time. Every filter left empty matches all.
 *
 * @param metric   only this metric
 * @param subject  only this subject
 * @param platform only this platform
 * @param segment  only this segment ({@link Segment#TOTAL} for totals only)
 * @param from     only windows that start at or after this instant
 * @param to       only windows that end at or before this instant
 * @param limit    at most this many, between 1 and {@link #MAX_LIMIT}
 * @param after    only observations after this cursor, from the previous page
 */
public record ObservationQuery(Optional<String> metric, Optional<Subject> subject, Optional<Platform> platform,
                               Optional<Segment> segment, Optional<Instant> from, Optional<Instant> to, int limit,
                               Optional<ObservationCursor> after) {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    public ObservationQuery {
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(segment, "segment is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(after, "after is null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** Every observation, {@code limit} at a time. */
    public static ObservationQuery all(int limit) {
        return new ObservationQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit, Optional.empty());
    }

    /** The same query for the page after {@code cursor}. */
    public ObservationQuery after(ObservationCursor cursor) {
        return new ObservationQuery(metric, subject, platform, segment, from, to, limit, Optional.of(cursor));
    }

    /** Whether {@code observation} passes the filters (the cursor and limit aside). */
    public boolean matches(Observation observation) {
        return metric.map(observation.metric().value()::equals).orElse(true)
                && subject.map(observation.subject()::equals).orElse(true)
                && platform.map(observation.platform()::equals).orElse(true)
                && segment.map(observation.segment()::equals).orElse(true)
                && from.map(f -> !observation.window().start().isBefore(f)).orElse(true)
                && to.map(t -> !observation.window().end().isAfter(t)).orElse(true);
    }
}
