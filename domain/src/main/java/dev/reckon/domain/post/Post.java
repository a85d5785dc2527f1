package dev.reckon.domain.post;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One post as a per-post export gives it: its lifetime values ({@code post_*} metrics, totals as of
 * the export) belong to the moment it was created.
 *
 * @param id         the platform and the platform's id of the post
 * @param subject    the dossier subject whose account posted it
 * @param created    when it was posted
 * @param type       its kind as the export names it ({@code Photo}, {@code Link}), where given
 * @param permalink  its address, where given
 * @param preview    the first words of its text ({@link PostText#preview}), where given
 * @param values     its lifetime value per metric id, in metric order: kept as {@link PostValues}, compact
 * @param provenance the file and line it was read from
 */
public record Post(PostId id, Subject subject, Instant created, Optional<String> type, Optional<String> permalink,
                   Optional<String> preview, Map<MetricId, Interval> values, Provenance provenance) {

    public Post {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(created, "created is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(permalink, "permalink is null");
        Objects.requireNonNull(preview, "preview is null");
        Objects.requireNonNull(provenance, "provenance is null");
        values = PostValues.copyOf(values);
    }

    /** Its values, as kept: {@link #values()} is always a {@link PostValues}. */
    public PostValues compactValues() {
        return (PostValues) values;
    }

    public Platform platform() {
        return id.platform();
    }

    /** Its value of {@code metric}, where the export gives one. */
    public Optional<Interval> value(MetricId metric) {
        return compactValues().value(metric);
    }

    /** Whether it was posted within {@code window}. */
    public boolean createdIn(Window window) {
        return !created.isBefore(window.start()) && created.isBefore(window.end());
    }
}
