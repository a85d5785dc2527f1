package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.ObservationQuery;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostId;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.store.codec.EpochNanos;
import dev.reckon.store.codec.SeriesKeyColumns;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The queries of one dossier's data, every one limited to the dossier's id, which leads every
 * primary key: a series is one range of the observation key, whatever else the database holds.
 */
final class DossierReads {

    /**
     * A series' observations (kind 0) and coverage (kind 1) in one statement, so one round trip, in
     * the order of their primary keys, unsorted (sorting a thousand wide rows took the server longer
     * than finding them); and the dossier's version (kind 2), which tells whether the kept order of
     * sources ({@link SourceRanks}) still holds. A row brings its provenance's id only: the few
     * provenances of a dossier are read once and kept ({@link #provenances}). The series is named by
     * its id, a constant: joined by key, the planner, with statistics from before a large import,
     * scanned the dossier's whole range of {@code observation} for each series.
     */
    private static final String SERIES_ROWS = """
            SELECT 0 AS kind, o.source_id, o.seq, o.window_start, o.window_end, o.value_lo, o.value_hi, o.currency,
                   o.line, o.provenance_id, NULL AS declared_by
            FROM observation o WHERE o.dossier_id = ? AND o.series_id = ?
            UNION ALL
            SELECT 1, c.source_id, c.seq, c.window_start, c.window_end, NULL, NULL, NULL, 0, 0, c.declared_by
            FROM coverage c WHERE c.dossier_id = ? AND c.series_id = ?
            UNION ALL
            SELECT 2, version, 0, 0, 0, NULL, NULL, NULL, 0, 0, NULL FROM dossier WHERE id = ?""";

    private static final String LIST_ORDER = "k.subject, k.platform, k.metric, k.segment_key, k.segment_value,"
            + " o.window_start, o.window_end, p.source";

    private final Connection reader;
    private final long dossierId;
    private final ProvenanceCache provenances;
    private final SourceRanks sourceRanks;
    private final SeriesIds seriesIds;

    DossierReads(Connection reader, long dossierId) {
        this.reader = reader;
        this.dossierId = dossierId;
        this.provenances = new ProvenanceCache(reader, dossierId);
        this.sourceRanks = new SourceRanks(reader, dossierId);
        this.seriesIds = new SeriesIds(reader, dossierId);
    }

    /**
     * The series' observations and coverage, each by source in import order (earlier first, then
     * by name), each source's rows in the order written.
     */
    SeriesData find(SeriesKey key) throws SQLException {
        OptionalLong seriesId = seriesIds.idOf(key);
        if (seriesId.isEmpty()) {
            return new SeriesData(List.of(), List.of());
        }
        PlacedRows<Observation> observations = new PlacedRows<>();
        PlacedRows<Coverage> coverage = new PlacedRows<>();
        long version = -1;
        try (PreparedStatement select = reader.prepareStatement(SERIES_ROWS)) {
            select.setLong(1, dossierId);
            select.setLong(2, seriesId.getAsLong());
            select.setLong(3, dossierId);
            select.setLong(4, seriesId.getAsLong());
            select.setLong(5, dossierId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getInt(1)) {
                        case 0 -> observations.add(rows.getLong(2), rows.getLong(3), new Observation(
                                key.subject(), key.platform(), key.metric(), window(rows, 4), key.segment(),
                                amount(rows, 6), provenances.of(rows.getLong(10), rows.getLong(9))));
                        case 1 -> coverage.add(rows.getLong(2), rows.getLong(3),
                                new Coverage(key, window(rows, 4), rows.getString(11)));
                        default -> version = rows.getLong(2);
                    }
                }
            }
        }
        sourceRanks.at(version);
        return new SeriesData(observations.inSourceOrder(sourceRanks), coverage.inSourceOrder(sourceRanks));
    }

    /** One page in the cursor's order, by keyset pagination: a deep page costs no more than the first. */
    ObservationPage list(ObservationQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT k.subject, k.platform, k.metric, k.segment_key, k.segment_value, o.window_start, o.window_end,
                       o.value_lo, o.value_hi, o.currency, o.line, p.source, p.exported_at, p.import_id
                FROM observation o
                JOIN series k ON k.dossier_id = o.dossier_id AND k.id = o.series_id
                JOIN provenance p ON p.dossier_id = o.dossier_id AND p.id = o.provenance_id
                WHERE o.dossier_id = ?""");
        List<Object> arguments = new ArrayList<>(List.of(dossierId));
        query.metric().ifPresent(m -> condition(sql, arguments, " AND k.metric = ?", m));
        query.subject().ifPresent(s -> condition(sql, arguments, " AND k.subject = ?", s.id()));
        query.platform().ifPresent(p -> condition(sql, arguments, " AND k.platform = ?", p.id()));
        query.segment().ifPresent(s -> {
            condition(sql, arguments, " AND k.segment_key = ?", s.key());
            condition(sql, arguments, " AND k.segment_value = ?", s.value());
        });
        query.from().ifPresent(f -> condition(sql, arguments, " AND o.window_start >= ?", EpochNanos.of(f)));
        query.to().ifPresent(t -> condition(sql, arguments, " AND o.window_end <= ?", EpochNanos.of(t)));
        String order = collated(LIST_ORDER);
        query.after().ifPresent(c -> {
            sql.append(" AND (").append(order).append(") > (?, ?, ?, ?, ?, ?, ?, ?)");
            arguments.addAll(List.of(c.subject(), c.platform(), c.metric(), c.segmentKey(), c.segmentValue(),
                    EpochNanos.of(c.start()), EpochNanos.of(c.end()), c.source()));
        });
        sql.append(" ORDER BY ").append(order).append(" LIMIT ?");
        arguments.add(query.limit() + 1);
        List<Observation> found = new ArrayList<>();
        try (PreparedStatement select = prepare(sql, arguments); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Provenance provenance = new Provenance(rows.getString(12), rows.getLong(11), instant(rows, 13),
                        rows.getString(14));
                found.add(new Observation(Subject.of(rows.getString(1)), Platform.parse(rows.getString(2)),
                        new MetricId(rows.getString(3)), window(rows, 6),
                        new Segment(rows.getString(4), rows.getString(5)), amount(rows, 8), provenance));
            }
        }
        return ObservationPage.of(found, query.limit());
    }

    /**
     * Text columns compared byte by byte ({@code COLLATE "C"}), as Java compares the ASCII ids and as
     * SQLite does, whatever the database's locale: the cursor's order must be the same in every store.
     */
    private static String collated(String columns) {
        StringBuilder collated = new StringBuilder();
        for (String column : columns.split(", ")) {
            if (collated.length() > 0) {
                collated.append(", ");
            }
            collated.append(column).append(column.contains("window") ? "" : " COLLATE \"C\"");
        }
        return collated.toString();
    }

    /** Sources in import order, each source's posts in the order written; the metric is filtered in Java. */
    List<Post> posts(PostFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT p.platform, p.post_id, p.subject, p.created_at, p.type, p.permalink, p.preview,
                       p.post_values::text, p.line, v.source, v.exported_at, v.import_id
                FROM post p
                JOIN source s ON s.dossier_id = p.dossier_id AND s.id = p.source_id
                JOIN provenance v ON v.dossier_id = p.dossier_id AND v.id = p.provenance_id
                WHERE p.dossier_id = ?""");
        List<Object> arguments = new ArrayList<>(List.of(dossierId));
        postConditions(filter, sql, arguments);
        sql.append(" ORDER BY s.imported_at, s.name COLLATE \"C\", p.seq");
        List<Post> found = new ArrayList<>();
        try (PreparedStatement select = prepare(sql, arguments); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Provenance provenance = new Provenance(rows.getString(10), rows.getLong(9), instant(rows, 11),
                        rows.getString(12));
                Post post = new Post(new PostId(Platform.parse(rows.getString(1)), rows.getString(2)),
                        Subject.of(rows.getString(3)), EpochNanos.toInstant(rows.getLong(4)),
                        Optional.ofNullable(rows.getString(5)), Optional.ofNullable(rows.getString(6)),
                        Optional.ofNullable(rows.getString(7)), PostValuesJson.read(rows.getString(8)), provenance);
                if (filter.matches(post)) {
                    found.add(post);
                }
            }
        }
        return found;
    }

    /**
     * The value of {@code filter}'s metric of each matching post, every export once, in no particular
     * order: only the ids, creation times, the metric's two ends and a provenance id cross the wire,
     * not the posts' other values, texts and links. The value's element of the post's JSON array is
     * picked by the server; its ends stay exact decimal texts.
     */
    List<PostMetricValue> postValues(PostFilter filter) throws SQLException {
        MetricId metric = filter.requiredMetric();
        StringBuilder sql = new StringBuilder("""
                SELECT p.platform, p.post_id, p.subject, p.created_at, e.value ->> 1, e.value ->> 2, p.line,
                       p.provenance_id
                FROM post p CROSS JOIN LATERAL jsonb_array_elements(p.post_values) e
                WHERE p.dossier_id = ? AND e.value ->> 0 = ?""");
        List<Object> arguments = new ArrayList<>(List.of(dossierId, metric.value()));
        postConditions(filter, sql, arguments);
        List<PostMetricValue> found = new ArrayList<>();
        Map<String, Subject> subjects = new HashMap<>();
        Map<String, Platform> platforms = new HashMap<>();
        try (PreparedStatement select = prepare(sql, arguments); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Platform platform = platforms.computeIfAbsent(rows.getString(1), Platform::parse);
                found.add(new PostMetricValue(new PostId(platform, rows.getString(2)),
                        subjects.computeIfAbsent(rows.getString(3), Subject::of), EpochNanos.toInstant(rows.getLong(4)),
                        Interval.between(decimal(rows.getString(5)), decimal(rows.getString(6))),
                        provenances.of(rows.getLong(8), rows.getLong(7))));
            }
        }
        return found;
    }

    /** The filter's subject, platform and creation window as conditions on the posts {@code p}. */
    private static void postConditions(PostFilter filter, StringBuilder sql, List<Object> arguments) {
        filter.subject().ifPresent(subject -> condition(sql, arguments, " AND p.subject = ?", subject.id()));
        filter.platform().ifPresent(platform -> condition(sql, arguments, " AND p.platform = ?", platform.id()));
        filter.created().ifPresent(window -> {
            condition(sql, arguments, " AND p.created_at >= ?", EpochNanos.of(window.start()));
            condition(sql, arguments, " AND p.created_at < ?", EpochNanos.of(window.end()));
        });
    }

    private static Optional<BigDecimal> decimal(String end) {
        return end == null ? Optional.empty() : Optional.of(new BigDecimal(end));
    }

    /** Every series some source has observations or coverage in, in {@link ObservationStore#SERIES_KEY_ORDER}. */
    List<SeriesKey> seriesKeys() throws SQLException {
        List<SeriesKey> keys = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT subject, platform, metric, segment_key,"
                + " segment_value FROM series k WHERE k.dossier_id = ? AND EXISTS (SELECT 1 FROM source_series l"
                + " WHERE l.dossier_id = k.dossier_id AND l.series_id = k.id)")) {
            select.setLong(1, dossierId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(SeriesKeyColumns.read(rows));
                }
            }
        }
        keys.sort(ObservationStore.SERIES_KEY_ORDER);
        return keys;
    }

    /**
     * The values of each segment key of the series that some source has observations in. Each series
     * is probed for one row of its own key range ({@code LATERAL ... LIMIT 1}): written as
     * {@code EXISTS}, the planner, with statistics from before a large import, chose to scan the
     * dossier's whole range of {@code observation} once per series, for minutes.
     */
    Map<String, SortedSet<String>> segmentValues() throws SQLException {
        Map<String, SortedSet<String>> values = new TreeMap<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT DISTINCT k.segment_key, k.segment_value"
                + " FROM series k CROSS JOIN LATERAL (SELECT 1 FROM observation o WHERE o.dossier_id = k.dossier_id"
                + " AND o.series_id = k.id LIMIT 1) o WHERE k.dossier_id = ? AND k.segment_key <> ''")) {
            select.setLong(1, dossierId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.computeIfAbsent(rows.getString(1), key -> new TreeSet<>()).add(rows.getString(2));
                }
            }
        }
        return values;
    }

    Set<String> segmentKeys() throws SQLException {
        return new TreeSet<>(segmentValues().keySet());
    }

    long version() throws SQLException {
        try (PreparedStatement select = reader.prepareStatement("SELECT version FROM dossier WHERE id = ?")) {
            select.setLong(1, dossierId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static void condition(StringBuilder sql, List<Object> arguments, String condition, Object value) {
        sql.append(condition);
        arguments.add(value);
    }

    private PreparedStatement prepare(CharSequence sql, List<Object> arguments) throws SQLException {
        PreparedStatement statement = reader.prepareStatement(sql.toString());
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, arguments.get(i));
        }
        return statement;
    }

    private static Window window(ResultSet row, int column) throws SQLException {
        return new Window(EpochNanos.toInstant(row.getLong(column)), EpochNanos.toInstant(row.getLong(column + 1)));
    }

    /** The amount in three columns from {@code column} on: its bounds (NULL where unbounded), its currency. */
    private static Amount amount(ResultSet row, int column) throws SQLException {
        Interval interval = Interval.between(Optional.ofNullable(row.getBigDecimal(column)),
                Optional.ofNullable(row.getBigDecimal(column + 1)));
        return new Amount(interval, Optional.ofNullable(row.getString(column + 2)).map(Currency::getInstance));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        long nanos = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(EpochNanos.toInstant(nanos));
    }
}
