package dev.reckon.domain.post;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.util.Objects;
import java.util.Optional;

/**
 * Which posts to read: each part that is given must match, the rest matches every post.
 *
 * @param subject  the subject that posted
 * @param platform the platform posted on
 * @param metric   a metric the post has a value of
 * @param created  the window it was posted in
 */
public record PostFilter(Optional<Subject> subject, Optional<Platform> platform, Optional<MetricId> metric,
                         Optional<Window> created) {

    public static final PostFilter ALL = new PostFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public PostFilter {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(platform, "platform is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(created, "created is null");
    }

    /** The posts of {@code subject} on {@code platform} with a value of {@code metric}, posted in {@code window}. */
    public static PostFilter of(Subject subject, Platform platform, MetricId metric, Window window) {
        return new PostFilter(Optional.of(subject), Optional.of(platform), Optional.of(metric), Optional.of(window));
    }

    /** The metric it names; for a read of one metric's values, which needs one. */
    public MetricId requiredMetric() {
        return metric.orElseThrow(() -> new IllegalArgumentException("a read of posts' values needs a metric: " + this));
    }

    public boolean matches(Post post) {
        return subject.map(post.subject()::equals).orElse(true)
                && platform.map(post.platform()::equals).orElse(true)
                && metric.map(m -> post.values().containsKey(m)).orElse(true)
                && created.map(post::createdIn).orElse(true);
    }
}
