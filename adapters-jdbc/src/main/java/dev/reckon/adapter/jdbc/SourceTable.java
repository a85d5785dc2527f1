package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.FileStamp;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.store.codec.EpochNanos;
import dev.reckon.store.codec.ReportJson;
import dev.reckon.store.codec.SourceRecordColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The import record of each source, and removing what a source contributed. */
final class SourceTable {

    private static final String COLUMNS = "name, size_bytes, content_hash, format, imported_at, rows_read,"
            + " rows_accepted, rows_rejected, import_fingerprint, import_report, file_stamp";

    private SourceTable() {
    }

    /**
     * Returns the id of {@code source}, which stays the same across re-imports, adding a row for a
     * new source: its record is only written at commit ({@link #store}), and until then no reader
     * sees the row. Run first in a write transaction: it takes the write lock.
     */
    static long claim(Connection writer, String source) throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO source (name, size_bytes, content_hash,"
                + " format, imported_at, rows_read, rows_accepted, rows_rejected) VALUES (?, 0, '', '', 0, 0, 0, 0)"
                + " ON CONFLICT (name) DO NOTHING")) {
            insert.setString(1, source);
            insert.executeUpdate();
        }
        return idOf(writer, source).orElseThrow(
                () -> new IllegalStateException("source '" + source + "' vanished inside its own transaction"));
    }

    /** Stores {@code record} as the import record of the source with id {@code sourceId}. */
    static void store(Connection writer, long sourceId, SourceRecord record) throws SQLException {
        try (PreparedStatement update = writer.prepareStatement("UPDATE source SET size_bytes = ?, content_hash = ?,"
                + " format = ?, imported_at = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?,"
                + " import_fingerprint = ?, import_report = ?, file_stamp = ? WHERE id = ?")) {
            SourceRecordColumns.bind(update, record);
            update.setString(10, record.stamp().map(FileStampText::write).orElse(null));
            update.setLong(11, sourceId);
            update.executeUpdate();
        }
    }

    /** Replaces the file stamp of {@code source}'s record alone; does nothing for an unknown source. */
    static void restamp(Connection writer, String source, FileStamp stamp) throws SQLException {
        try (PreparedStatement update = writer.prepareStatement("UPDATE source SET file_stamp = ? WHERE name = ?")) {
            update.setString(1, FileStampText.write(stamp));
            update.setString(2, source);
            update.executeUpdate();
        }
    }

    static OptionalLong idOf(Connection connection, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM source WHERE name = ?")) {
            select.setString(1, source);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Deletes the source's observations, coverage, posts and provenance, keeping its record. Rows are
     * reached through the series the source has rows in, each a range of the primary key.
     */
    static void deleteContribution(Connection writer, long sourceId) throws SQLException {
        for (String table : List.of("observation", "coverage")) {
            try (PreparedStatement delete = writer.prepareStatement("DELETE FROM " + table + " WHERE source_id = ?"
                    + " AND series_id IN (SELECT series_id FROM source_series WHERE source_id = ?)")) {
                delete.setLong(1, sourceId);
                delete.setLong(2, sourceId);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = writer.prepareStatement("DELETE FROM post_block_value"
                + " WHERE block_id IN (SELECT id FROM post_block WHERE source_id = ?)")) {
            delete.setLong(1, sourceId);
            delete.executeUpdate();
        }
        for (String table : List.of("source_series", "post_block", "provenance")) {
            try (PreparedStatement delete = writer.prepareStatement("DELETE FROM " + table + " WHERE source_id = ?")) {
                delete.setLong(1, sourceId);
                delete.executeUpdate();
            }
        }
    }

    static void deleteRecord(Connection writer, long sourceId) throws SQLException {
        try (PreparedStatement delete = writer.prepareStatement("DELETE FROM source WHERE id = ?")) {
            delete.setLong(1, sourceId);
            delete.executeUpdate();
        }
    }

    /** Every record, in name order as Java compares names (SQLite compares UTF-8 bytes, which can differ). */
    static List<SourceRecord> all(Connection reader) throws SQLException {
        List<SourceRecord> records = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT " + COLUMNS + " FROM source");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                records.add(read(rows));
            }
        }
        records.sort(Comparator.comparing(SourceRecord::source));
        return records;
    }

    static Optional<SourceRecord> find(Connection reader, String source) throws SQLException {
        try (PreparedStatement select = reader.prepareStatement("SELECT " + COLUMNS + " FROM source WHERE name = ?")) {
            select.setString(1, source);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static SourceRecord read(ResultSet row) throws SQLException {
        return new SourceRecord(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                EpochNanos.toInstant(row.getLong(5)), row.getLong(6), row.getLong(7), row.getLong(8), row.getString(9),
                ReportJson.readStored(row.getString(10)), FileStampText.read(row.getString(11)));
    }

    /** The values of each segment key of the series that some source has observations in. */
    static Map<String, SortedSet<String>> segmentValues(Connection reader) throws SQLException {
        Map<String, SortedSet<String>> values = new TreeMap<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT DISTINCT segment_key, segment_value FROM series"
                + " WHERE segment_key <> '' AND EXISTS (SELECT 1 FROM observation WHERE series_id = series.id)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.computeIfAbsent(rows.getString(1), key -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        return values;
    }

    /** The segment keys of the series that some source has observations in. */
    /** The series with an observation or a coverage window: a series a replaced source left empty is not one. */
    static Set<SeriesKey> seriesKeys(Connection reader) throws SQLException {
        Set<SeriesKey> keys = new HashSet<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT subject, platform, metric, segment_key,"
                + " segment_value FROM series WHERE EXISTS (SELECT 1 FROM observation WHERE series_id = series.id)"
                + " OR EXISTS (SELECT 1 FROM coverage WHERE series_id = series.id)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String segmentKey = rows.getString(4);
                Segment segment = segmentKey.isEmpty() ? Segment.TOTAL : Segment.of(segmentKey, rows.getString(5));
                keys.add(new SeriesKey(Subject.of(rows.getString(1)), Platform.parse(rows.getString(2)),
                        new MetricId(rows.getString(3)), segment));
            }
        }
        return keys;
    }

    static Set<String> segmentKeys(Connection reader) throws SQLException {
        Set<String> keys = new TreeSet<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT DISTINCT segment_key FROM series"
                + " WHERE segment_key <> '' AND EXISTS (SELECT 1 FROM observation WHERE series_id = series.id)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
