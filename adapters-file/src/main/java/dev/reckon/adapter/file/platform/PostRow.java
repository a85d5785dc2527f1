package dev.reckon.adapter.file.platform;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.post.PostValues;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A post as a reader found it, before its subject is known (an X file names its account only in
 * its name or its permalinks): everything a {@code Post} holds but subject, platform and source.
 */
public record PostRow(String id, Instant created, Optional<String> type, Optional<String> permalink,
                      Optional<String> preview, Map<MetricId, Interval> values, long line) {

    public PostRow {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(created, "created is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(permalink, "permalink is null");
        Objects.requireNonNull(preview, "preview is null");
        values = PostValues.copyOf(values);
    }
}
