package dev.reckon.store.codec;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A series' key as the first five columns of a row, as both stores' {@code series} tables keep it:
 * subject, platform, metric, segment_key, segment_value; an empty segment key is the total.
 */
public final class SeriesKeyColumns {

    private SeriesKeyColumns() {
    }

    public static SeriesKey read(ResultSet row) throws SQLException {
        Segment segment = row.getString(4).isEmpty() ? Segment.TOTAL : Segment.of(row.getString(4), row.getString(5));
        return new SeriesKey(Subject.of(row.getString(1)), Platform.parse(row.getString(2)),
                new MetricId(row.getString(3)), segment);
    }
}
