package dev.reckon.domain.post;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One post's lifetime value of one metric, without the rest of the post: what a set over posts one
 * by one ({@code max(post_impressions{...} by post)}) reads for each member, as many as a hundred
 * thousand at a time. The post itself, for an explanation, is {@link PostSource#posts} away.
 *
 * @param id         the post
 * @param subject    the dossier subject whose account posted it
 * @param created    when it was posted
 * @param value      its value of the metric asked for
 * @param provenance the file and line it was read from, which decides which export of it counts
 */
public record PostMetricValue(PostId id, Subject subject, Instant created, Interval value, Provenance provenance) {

    public PostMetricValue {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(created, "created is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(provenance, "provenance is null");
    }

    /** {@code post}'s value of {@code metric}, if it has one. */
    public static Optional<PostMetricValue> of(Post post, MetricId metric) {
        return post.value(metric).map(value -> new PostMetricValue(post.id(), post.subject(), post.created(), value,
                post.provenance()));
    }
}
