package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.post.PostValues;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every metric's values of one block, for a read of whole posts: each post's {@link PostValues}
 * made from the columns, its layout shared by the posts with values of the same metrics.
 */
final class BlockValues {

    private final MetricId[] metrics;
    private final PostValueColumn[] columns;
    private final Map<Long, PostValues.Layout> layouts = new HashMap<>();

    private BlockValues(MetricId[] metrics, PostValueColumn[] columns) {
        this.metrics = metrics;
        this.columns = columns;
    }

    /** The columns of block {@code blockId}, through {@code select} ({@code metric, post_values} of one block). */
    static BlockValues read(PreparedStatement select, long blockId) throws SQLException {
        Map<MetricId, PostValueColumn> columns = new TreeMap<>();
        select.setLong(1, blockId);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                columns.put(new MetricId(rows.getString(1)), PostValueColumn.of(rows.getBytes(2)));
            }
        }
        return new BlockValues(columns.keySet().toArray(MetricId[]::new),
                columns.values().toArray(PostValueColumn[]::new));
    }

    /** The values of the post at {@code index}, in metric order. */
    PostValues of(int index) {
        if (metrics.length > Long.SIZE) {
            return general(index);
        }
        long present = 0;
        int count = 0;
        boolean whole = true;
        for (int m = 0; m < metrics.length; m++) {
            if (columns[m].has(index)) {
                present |= 1L << m;
                count++;
                whole &= columns[m].isWhole(index);
            }
        }
        if (!whole) {
            return general(index);
        }
        long[] values = new long[count];
        int at = 0;
        for (int m = 0; m < metrics.length; m++) {
            if ((present & (1L << m)) != 0) {
                values[at++] = columns[m].whole(index);
            }
        }
        return PostValues.ofWhole(layouts.computeIfAbsent(present, this::layout), values);
    }

    /** The layout of the metrics whose bits {@code present} sets; metrics are sorted, as a layout keeps them. */
    private PostValues.Layout layout(long present) {
        MetricId[] kept = new MetricId[Long.bitCount(present)];
        int at = 0;
        for (int m = 0; m < metrics.length; m++) {
            if ((present & (1L << m)) != 0) {
                kept[at++] = metrics[m];
            }
        }
        return PostValues.Layout.of(kept);
    }

    private PostValues general(int index) {
        Map<MetricId, Interval> values = new LinkedHashMap<>();
        for (int m = 0; m < metrics.length; m++) {
            if (columns[m].has(index)) {
                values.put(metrics[m], columns[m].value(index));
            }
        }
        return PostValues.copyOf(values);
    }
}
