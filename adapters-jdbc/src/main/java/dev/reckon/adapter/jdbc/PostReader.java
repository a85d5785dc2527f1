package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.store.codec.EpochNanos;
import dev.reckon.store.codec.SeriesKeyColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads posts, their values of one metric, and the list of series. Posts are filtered in SQL by
 * subject, platform and creation window; the metric, which lives inside the values text, in Java.
 */
final class PostReader {

    private PostReader() {
    }

    /** Sources in import order (earlier first, then by name), each source's posts in the order written. */
    static List<Post> posts(Connection reader, PostFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT p.platform, p.post_id, p.subject, p.created_at, p.type, p.permalink, p.preview, p.post_values,
                       p.line, v.source, v.exported_at, v.import_id, p.source_id
                FROM post p
                JOIN source s ON s.id = p.source_id
                JOIN provenance v ON v.id = p.provenance_id
                WHERE 1 = 1""");
        List<Object> arguments = new ArrayList<>();
        where(filter, sql, arguments);
        sql.append(" ORDER BY s.imported_at, s.name, p.seq");
        // Keyed by source and id: a post a source gives twice with different creation times is two
        // rows, of which the later one replaces the earlier, in its place.
        Map<List<Object>, Post> found = new LinkedHashMap<>();
        try (PreparedStatement select = reader.prepareStatement(sql.toString())) {
            bind(select, arguments);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Post post = post(rows);
                    if (filter.matches(post)) {
                        found.put(List.of(rows.getLong(13), post.id()), post);
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The value of {@code filter}'s metric of each matching post, read from the columns that give it
     * alone: one range of the account's posts when the filter names subject and platform, no
     * whole post built, the provenance of a source read once.
     */
    static List<PostMetricValue> values(Connection reader, PostFilter filter) throws SQLException {
        MetricId metric = filter.requiredMetric();
        StringBuilder sql = new StringBuilder("SELECT p.platform, p.post_id, p.subject, p.created_at, p.post_values,"
                + " p.provenance_id, p.line FROM post p WHERE instr(p.post_values, ?) > 0");
        List<Object> arguments = new ArrayList<>(List.of(metric.value() + "="));
        where(filter, sql, arguments);
        Map<Long, Provenance> provenances = new HashMap<>();
        List<PostMetricValue> found = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement(sql.toString())) {
            bind(select, arguments);
            try (ResultSet rows = select.executeQuery()) {
                Platform platform = filter.platform().orElse(null);
                Subject subject = filter.subject().orElse(null);
                while (rows.next()) {
                    Optional<Interval> value = PostValuesText.value(rows.getString(5), metric);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Platform postPlatform = platform != null ? platform : Platform.parse(rows.getString(1));
                    Subject postSubject = subject != null ? subject : Subject.of(rows.getString(3));
                    Provenance shared = provenance(reader, provenances, rows.getLong(6));
                    found.add(new PostMetricValue(new PostId(postPlatform, rows.getString(2)), postSubject,
                            EpochNanos.toInstant(rows.getLong(4)), value.get(),
                            new Provenance(shared.source(), rows.getLong(7), shared.exportedAt(), shared.importId())));
                }
            }
        }
        return found;
    }

    /** The filter's subject, platform and creation window as SQL conditions on {@code p}. */
    private static void where(PostFilter filter, StringBuilder sql, List<Object> arguments) {
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
    }

    private static void bind(PreparedStatement select, List<Object> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            select.setObject(i + 1, arguments.get(i));
        }
    }

    /** The provenance row {@code id} (its line aside), read once per query: a source's posts share one or two. */
    private static Provenance provenance(Connection reader, Map<Long, Provenance> known, long id) throws SQLException {
        Provenance found = known.get(id);
        if (found != null) {
            return found;
        }
        try (PreparedStatement select = reader.prepareStatement(
                "SELECT source, exported_at, import_id FROM provenance WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("a post refers to provenance " + id + ", which the store does not hold");
                }
                long exportedAt = row.getLong(2);
                Optional<Instant> exported = row.wasNull() ? Optional.empty()
                        : Optional.of(EpochNanos.toInstant(exportedAt));
                found = new Provenance(row.getString(1), 0, exported, row.getString(3));
            }
        }
        known.put(id, found);
        return found;
    }

    private static Post post(ResultSet row) throws SQLException {
        long exportedAt = row.getLong(11);
        Optional<Instant> exported = row.wasNull() ? Optional.empty() : Optional.of(EpochNanos.toInstant(exportedAt));
        Provenance provenance = new Provenance(row.getString(10), row.getLong(9), exported, row.getString(12));
        return new Post(new PostId(Platform.parse(row.getString(1)), row.getString(2)), Subject.of(row.getString(3)),
                EpochNanos.toInstant(row.getLong(4)), Optional.ofNullable(row.getString(5)),
                Optional.ofNullable(row.getString(6)), Optional.ofNullable(row.getString(7)),
                PostValuesText.values(row.getString(8)), provenance);
    }

    /** Every series some source has observations or coverage in, in {@link ObservationStore#SERIES_KEY_ORDER}. */
    static List<SeriesKey> seriesKeys(Connection reader) throws SQLException {
        List<SeriesKey> keys = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT subject, platform, metric, segment_key,"
                + " segment_value FROM series k WHERE EXISTS (SELECT 1 FROM source_series WHERE series_id = k.id)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(SeriesKeyColumns.read(rows));
            }
        }
        keys.sort(ObservationStore.SERIES_KEY_ORDER);
        return keys;
    }
}
