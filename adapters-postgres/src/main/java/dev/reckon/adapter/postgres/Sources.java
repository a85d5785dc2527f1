package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.store.codec.EpochNanos;
import dev.reckon.store.codec.ReportJson;
import dev.reckon.store.codec.SourceRecordColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The import record of each source of one dossier, and removing what a source contributed. */
final class Sources {

    private static final String COLUMNS = "name, size_bytes, content_hash, format, imported_at, rows_read,"
            + " rows_accepted, rows_rejected, import_fingerprint, import_report";

    private Sources() {
    }

    /**
     * Takes the dossier's write lock for the rest of the transaction: two writes of one dossier take
     * turns, waiting up to the connection's {@code lock_timeout}; writes of other dossiers go on.
     */
    static void lockDossier(Connection writer, long dossierId) throws SQLException {
        try (PreparedStatement lock = writer.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, PostgresObservationStore.LOCK_CLASS);
            lock.setInt(2, Long.hashCode(dossierId));
            lock.execute();
        }
    }

    /** Marks a change every reader's {@code version()} sees once the transaction commits. */
    static void bumpVersion(Connection writer, long dossierId) throws SQLException {
        try (PreparedStatement update = writer.prepareStatement("UPDATE dossier SET version = version + 1 WHERE id = ?")) {
            update.setLong(1, dossierId);
            update.executeUpdate();
        }
    }

    /**
     * The id of {@code source}, the same across re-imports; a new source gets a row whose record is
     * written at commit ({@link #store}), which no reader sees before.
     */
    static long claim(Connection writer, long dossierId, String source) throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO source (dossier_id, name, size_bytes,"
                + " content_hash, format, imported_at, rows_read, rows_accepted, rows_rejected)"
                + " VALUES (?, ?, 0, '', '', 0, 0, 0, 0) ON CONFLICT (dossier_id, name) DO NOTHING")) {
            insert.setLong(1, dossierId);
            insert.setString(2, source);
            insert.executeUpdate();
        }
        return idOf(writer, dossierId, source).orElseThrow(
                () -> new IllegalStateException("source '" + source + "' vanished inside its own transaction"));
    }

    static OptionalLong idOf(Connection connection, long dossierId, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM source WHERE dossier_id = ? AND name = ?")) {
            select.setLong(1, dossierId);
            select.setString(2, source);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static void store(Connection writer, long dossierId, long sourceId, SourceRecord record) throws SQLException {
        try (PreparedStatement update = writer.prepareStatement("UPDATE source SET size_bytes = ?, content_hash = ?,"
                + " format = ?, imported_at = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?,"
                + " import_fingerprint = ?, import_report = ? WHERE dossier_id = ? AND id = ?")) {
            SourceRecordColumns.bind(update, record);
            update.setLong(10, dossierId);
            update.setLong(11, sourceId);
            update.executeUpdate();
        }
    }

    /**
     * Deletes the source's observations, coverage, posts and provenance, keeping its record. A
     * source's observations are found through the series it has rows in, each a range of the key.
     */
    static void deleteContribution(Connection writer, long dossierId, long sourceId) throws SQLException {
        for (String table : List.of("observation", "coverage")) {
            execute(writer, "DELETE FROM " + table + " WHERE dossier_id = ? AND source_id = ? AND series_id IN"
                    + " (SELECT series_id FROM source_series WHERE dossier_id = ? AND source_id = ?)",
                    dossierId, sourceId, dossierId, sourceId);
        }
        for (String table : List.of("source_series", "post", "provenance")) {
            execute(writer, "DELETE FROM " + table + " WHERE dossier_id = ? AND source_id = ?", dossierId, sourceId);
        }
    }

    static void deleteRecord(Connection writer, long dossierId, long sourceId) throws SQLException {
        execute(writer, "DELETE FROM source WHERE dossier_id = ? AND id = ?", dossierId, sourceId);
    }

    private static void execute(Connection writer, String sql, long... arguments) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setLong(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Every record of the dossier, in name order as Java compares names. */
    static List<SourceRecord> all(Connection reader, long dossierId) throws SQLException {
        List<SourceRecord> records = new ArrayList<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT " + COLUMNS
                + " FROM source WHERE dossier_id = ?")) {
            select.setLong(1, dossierId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows));
                }
            }
        }
        records.sort(Comparator.comparing(SourceRecord::source));
        return records;
    }

    static Optional<SourceRecord> find(Connection reader, long dossierId, String source) throws SQLException {
        try (PreparedStatement select = reader.prepareStatement("SELECT " + COLUMNS
                + " FROM source WHERE dossier_id = ? AND name = ?")) {
            select.setLong(1, dossierId);
            select.setString(2, source);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static SourceRecord read(ResultSet row) throws SQLException {
        return new SourceRecord(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                EpochNanos.toInstant(row.getLong(5)), row.getLong(6), row.getLong(7), row.getLong(8), row.getString(9),
                ReportJson.readStored(row.getString(10)));
    }
}
