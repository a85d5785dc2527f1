package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.SourceRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The import record of each source, and removing what a source contributed. */
final class SourceTable {

    private static final String COLUMNS =
            "name, size_bytes, content_hash, format, imported_at, rows_read, rows_accepted, rows_rejected";

    private SourceTable() {
    }

    /**
     * Stores {@code record} in place of the source's previous one and returns the source's id, which
     * stays the same across re-imports. Run first in a write transaction: it takes the write lock.
     */
    static long claim(Connection writer, SourceRecord record) throws SQLException {
        try (PreparedStatement upsert = writer.prepareStatement("INSERT INTO source (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                + " size_bytes = excluded.size_bytes, content_hash = excluded.content_hash, format = excluded.format,"
                + " imported_at = excluded.imported_at, rows_read = excluded.rows_read,"
                + " rows_accepted = excluded.rows_accepted, rows_rejected = excluded.rows_rejected")) {
            upsert.setString(1, record.source());
            upsert.setLong(2, record.size());
            upsert.setString(3, record.contentHash());
            upsert.setString(4, record.format());
            upsert.setLong(5, EpochNanos.of(record.importedAt()));
            upsert.setLong(6, record.rowsRead());
            upsert.setLong(7, record.rowsAccepted());
            upsert.setLong(8, record.rowsRejected());
            upsert.executeUpdate();
        }
        return idOf(writer, record.source()).orElseThrow(
                () -> new IllegalStateException("source '" + record.source() + "' vanished inside its own transaction"));
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
     * Deletes the source's observations, coverage and provenance, keeping its record. Rows are
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
        for (String table : List.of("source_series", "provenance")) {
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
                EpochNanos.toInstant(row.getLong(5)), row.getLong(6), row.getLong(7), row.getLong(8));
    }
}
