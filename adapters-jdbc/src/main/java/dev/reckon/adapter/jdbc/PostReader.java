package dev.reckon.adapter.jdbc;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.observation.Platform;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads posts, their values of one metric, and the list of series. Blocks of posts
 * ({@link PostBlock}) are picked in SQL by account and by the creation times they span; their
 * posts are filtered in Java, and only those a read gives are made objects.
 */
final class PostReader {

    private PostReader() {
    }

    /** Sources in import order (earlier first, then by name), each source's posts in the order written. */
    static List<Post> posts(Connection reader, PostFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT b.id, b.source_id, b.subject, b.platform, b.repeats, b.keys,"
                + " b.details FROM post_block b JOIN source s ON s.id = b.source_id WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        where(filter, sql, arguments);
        filter.metric().ifPresent(metric -> {
            sql.append(" AND EXISTS (SELECT 1 FROM post_block_value WHERE block_id = b.id AND metric = ?)");
            arguments.add(metric.value());
        });
        sql.append(" ORDER BY s.imported_at, s.name, b.seq");
        CreatedWindow window = CreatedWindow.of(filter);
        Provenances provenances = new Provenances(reader);
        List<Post> found = new ArrayList<>();
        SourcePosts source = null;
        try (PreparedStatement select = reader.prepareStatement(sql.toString());
             PreparedStatement selectValues = reader.prepareStatement(
                     "SELECT metric, post_values FROM post_block_value WHERE block_id = ?")) {
            bind(select, arguments);
            try (ResultSet blocks = select.executeQuery()) {
                while (blocks.next()) {
                    if (source == null || source.id != blocks.getLong(2)) {
                        if (source != null) {
                            found.addAll(source.inOrderWritten());
                        }
                        source = new SourcePosts(blocks.getLong(2), blocks.getInt(5) != 0);
                    }
                    PostKeys keys = PostKeys.of(blocks.getBytes(6));
                    List<Integer> within = window.indexes(keys);
                    if (within.isEmpty()) {
                        continue;
                    }
                    PostDetails details = PostDetails.of(blocks.getBytes(7));
                    BlockValues values = BlockValues.read(selectValues, blocks.getLong(1));
                    Subject subject = Subject.of(blocks.getString(3));
                    Platform platform = Platform.parse(blocks.getString(4));
                    for (int i : within) {
                        String id = keys.id(i);
                        Post post = new Post(new PostId(platform, id), subject, EpochNanos.toInstant(keys.created(i)),
                                details.type(i), details.permalink(i, id), details.preview(i), values.of(i),
                                provenances.of(keys.provenanceId(i), keys.line(i)));
                        if (filter.matches(post)) {
                            source.add(post, keys.seq(i));
                        }
                    }
                }
            }
        }
        if (source != null) {
            found.addAll(source.inOrderWritten());
        }
        return found;
    }

    /**
     * The value of {@code filter}'s metric of each matching post, read from the metric's column
     * and the blocks' keys alone: no whole post made, the provenance of a source read once.
     */
    static List<PostMetricValue> values(Connection reader, PostFilter filter) throws SQLException {
        MetricId metric = filter.requiredMetric();
        StringBuilder sql = new StringBuilder("SELECT b.source_id, b.subject, b.platform, b.repeats, b.keys,"
                + " v.post_values FROM post_block b JOIN post_block_value v ON v.block_id = b.id AND v.metric = ?"
                + " WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>(List.of(metric.value()));
        where(filter, sql, arguments);
        sql.append(" ORDER BY b.source_id, b.seq");
        CreatedWindow window = CreatedWindow.of(filter);
        Provenances provenances = new Provenances(reader);
        List<PostMetricValue> found = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement(sql.toString())) {
            bind(select, arguments);
            try (ResultSet blocks = select.executeQuery()) {
                long sourceId = -1;
                RepeatedValues repeated = null;
                while (blocks.next()) {
                    if (blocks.getLong(1) != sourceId) {
                        sourceId = blocks.getLong(1);
                        repeated = blocks.getInt(4) != 0 ? new RepeatedValues(found) : null;
                    }
                    PostKeys keys = PostKeys.of(blocks.getBytes(5));
                    PostValueColumn column = PostValueColumn.of(blocks.getBytes(6));
                    Subject subject = Subject.of(blocks.getString(2));
                    Platform platform = Platform.parse(blocks.getString(3));
                    for (int i = 0; i < keys.count(); i++) {
                        if (!column.has(i) || !window.holds(keys.created(i))) {
                            continue;
                        }
                        PostMetricValue value = new PostMetricValue(new PostId(platform, keys.id(i)), subject,
                                EpochNanos.toInstant(keys.created(i)), column.value(i),
                                provenances.of(keys.provenanceId(i), keys.line(i)));
                        if (repeated == null) {
                            found.add(value);
                        } else {
                            repeated.add(value, keys.seq(i));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The filter's subject, platform and creation window as SQL conditions on the blocks {@code b}. */
    private static void where(PostFilter filter, StringBuilder sql, List<Object> arguments) {
        filter.subject().ifPresent(subject -> {
            sql.append(" AND b.subject = ?");
            arguments.add(subject.id());
        });
        filter.platform().ifPresent(platform -> {
            sql.append(" AND b.platform = ?");
            arguments.add(platform.id());
        });
        filter.created().ifPresent(window -> {
            CreatedWindow created = CreatedWindow.of(filter);
            sql.append(" AND b.created_max >= ? AND b.created_min < ?");
            arguments.add(created.start());
            arguments.add(created.end());
        });
    }

    private static void bind(PreparedStatement select, List<Object> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            select.setObject(i + 1, arguments.get(i));
        }
    }

    /** The posts of one source as read, to be given in the order it wrote them, each id once. */
    private static final class SourcePosts {

        /** A post and its position among its source's posts. */
        private record Written(long seq, Post post) {
        }

        private final long id;
        private final boolean repeats;
        private final List<Written> posts = new ArrayList<>();

        SourcePosts(long id, boolean repeats) {
            this.id = id;
            this.repeats = repeats;
        }

        void add(Post post, long seq) {
            posts.add(new Written(seq, post));
        }

        /**
         * By position in the source (blocks of several accounts interleave); of a post the source
         * gave twice, the later export, in the earlier one's place.
         */
        List<Post> inOrderWritten() {
            posts.sort(Comparator.comparingLong(Written::seq));
            if (!repeats) {
                return posts.stream().map(Written::post).toList();
            }
            Map<PostId, Post> kept = new LinkedHashMap<>();
            for (Written written : posts) {
                kept.put(written.post().id(), written.post());
            }
            return new ArrayList<>(kept.values());
        }
    }

    /** Values of a source that may give a post twice: the later export's value replaces the earlier one's. */
    private static final class RepeatedValues {
        private final List<PostMetricValue> found;
        private final Map<PostId, Integer> at = new HashMap<>();
        private final Map<PostId, Long> seqOf = new HashMap<>();

        RepeatedValues(List<PostMetricValue> found) {
            this.found = found;
        }

        void add(PostMetricValue value, long seq) {
            Integer earlier = at.get(value.id());
            if (earlier == null) {
                at.put(value.id(), found.size());
                seqOf.put(value.id(), seq);
                found.add(value);
            } else if (seq > seqOf.get(value.id())) {
                found.set(earlier, value);
                seqOf.put(value.id(), seq);
            }
        }
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
