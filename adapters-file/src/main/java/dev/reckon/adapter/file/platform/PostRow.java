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
 *
 * @param id the platform's id of the post, or {@link #NO_ID} when the export gives none: the post is
 *           then known by its file and line ({@link Emitter#post})
 */
public record PostRow(String id, Instant created, Optional<String> type, Optional<String> permalink,
                      Optional<String> preview, Map<MetricId, Interval> values, long line) {

    /** The id of a post its export gives no id. */
    public static final String NO_ID = "";

    public PostRow {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(created, "created is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(permalink, "permalink is null");
        Objects.requireNonNull(preview, "preview is null");
        values = PostValues.copyOf(values);
    }

    /** The import report's words for {@code count} posts kept without an id of their own. */
    public static String withoutIds(long count) {
        return count + (count == 1 ? " has" : " have") + " no post id and " + (count == 1 ? "is" : "are")
                + " known by file and line (each counts once, and no later export can replace it)";
    }
}
