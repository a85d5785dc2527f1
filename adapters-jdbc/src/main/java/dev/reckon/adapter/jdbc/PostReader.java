package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads posts and the list of series. Posts are filtered in SQL by subject, platform and creation
 * window; the metric, which lives inside the values text, in Java.
 */
final class PostReader {

    private PostReader() {
    }

    /** Sources in import order (earlier first, then by name), each source's posts in the order written. */
    static List<Post> posts(Connection reader, PostFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT p.platform, p.post_id, p.subject, p.created_at, p.type, p.permalink, p.preview, p.post_values,
                       p.line, v.source, v.exported_at, v.import_id
                FROM post p
                JOIN source s ON s.id = p.source_id
                JOIN provenance v ON v.id = p.provenance_id
                WHERE 1 = 1""");
        List<Object> arguments = new ArrayList<>();
        filter.subject().ifPresent(subject -> {
            sql.append(" AND p.subject = ?");
            arguments.add(subject.id());
        });
        filter.platform().ifPresent(platform -> {
            sql.append(" AND p.platform = ?");
            arguments.add(platform.id());
        });
        filter.created().ifPresent(window -> {
            sql.append(" AND p.created_at >= ? AND p.created_at < ?");
            arguments.add(EpochNanos.of(window.start()));
            arguments.add(EpochNanos.of(window.end()));
        });
        sql.append(" ORDER BY s.imported_at, s.name, p.seq");
        List<Post> found = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                select.setObject(i + 1, arguments.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Post post = post(rows);
                    if (filter.matches(post)) {
                        found.add(post);
                    }
                }
            }
        }
        return found;
    }

    private static Post post(ResultSet row) throws SQLException {
        long exportedAt = row.getLong(11);
        Optional<Instant> exported = row.wasNull() ? Optional.empty() : Optional.of(EpochNanos.toInstant(exportedAt));
        Provenance provenance = new Provenance(row.getString(10), row.getLong(9), exported, row.getString(12));
        return new Post(new PostId(Platform.parse(row.getString(1)), row.getString(2)), Subject.of(row.getString(3)),
                EpochNanos.toInstant(row.getLong(4)), Optional.ofNullable(row.getString(5)),
                Optional.ofNullable(row.getString(6)), Optional.ofNullable(row.getString(7)),
                PostValues.values(row.getString(8)), provenance);
    }

    /** Every series some source has observations or coverage in, in {@link ObservationStore#SERIES_KEY_ORDER}. */
    static List<SeriesKey> seriesKeys(Connection reader) throws SQLException {
        List<SeriesKey> keys = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT subject, platform, metric, segment_key,"
                + " segment_value FROM series k WHERE EXISTS (SELECT 1 FROM source_series WHERE series_id = k.id)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Segment segment = rows.getString(4).isEmpty() ? Segment.TOTAL
                        : Segment.of(rows.getString(4), rows.getString(5));
                keys.add(new SeriesKey(Subject.of(rows.getString(1)), Platform.parse(rows.getString(2)),
                        new MetricId(rows.getString(3)), segment));
            }
        }
        keys.sort(ObservationStore.SERIES_KEY_ORDER);
        return keys;
    }
}
