package dev.reckon.adapter.file.platform;

import dev.reckon.domain.post.PostText;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Where a post-level export gives what identifies and describes each post, beside its values:
 * a column's index, or -1 where the export has no such column. A post without an id (a blank cell,
 * or a sheet without an id column) is still kept, known by its file and line ({@link PostRow#id}):
 * it counts once, but no later export can be told to be the same post.
 */
public record PostFields(int id, int type, int permalink, int text) {

    /** The columns of those names in {@code headers} (compared as {@link ExportTable#columnOf} does). */
    public static PostFields named(List<String> headers, String id, String type, String permalink, String text) {
        return new PostFields(ExportTable.columnOf(headers, id), ExportTable.columnOf(headers, type),
                ExportTable.columnOf(headers, permalink), ExportTable.columnOf(headers, text));
    }

    /**
     * The post in {@code row}, with {@code values}; its id is empty when the row gives none.
     *
     * @param row the row's cells by column, the empty string for a column it lacks (-1 included)
     */
    public PostRow post(IntFunction<String> row, Instant created, Map<MetricId, Interval> values, long line) {
        return new PostRow(cell(row, id).orElse(PostRow.NO_ID), created, cell(row, type), cell(row, permalink),
                PostText.preview(row.apply(text)), values, line);
    }

    private static Optional<String> cell(IntFunction<String> row, int column) {
        String value = row.apply(column).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
