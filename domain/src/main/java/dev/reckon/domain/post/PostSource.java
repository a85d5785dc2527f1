package dev.reckon.domain.post;

import dev.reckon.domain.metric.MetricId;
import java.util.List;

/**
 * The posts a dossier holds, one per {@link PostId} (its latest export, {@link LaterExport}): what
 * a claim over posts one by one ({@code by post}) reads.
 */
public interface PostSource {

    /** The posts that match {@code filter}, by creation time, then by id. */
    List<Post> posts(PostFilter filter);

    /**
     * The value of {@code filter}'s metric of each post that matches it (the posts of
     * {@link #posts}, their values alone), by creation time, then by id: what a set over posts one
     * by one reads, which a store may read without building whole posts.
     *
     * @throws IllegalArgumentException when {@code filter} names no metric
     */
    default List<PostMetricValue> values(PostFilter filter) {
        MetricId metric = filter.requiredMetric();
        return posts(filter).stream().flatMap(post -> PostMetricValue.of(post, metric).stream()).toList();
    }
}
