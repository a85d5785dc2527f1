package dev.reckon.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * Moves one import's staged rows into the store's tables, inside the import's transaction: series
 * and provenance first (turning the write's local numbers into ids), then observations, coverage and
 * posts, each with one {@code INSERT ... SELECT} that sorts rows by their key, so the primary key's
 * pages fill in order.
 *
 * <p>A key given twice in one import keeps the earlier row's position ({@code seq}) and the later
 * row's values, as the store contract says. Observations are first inserted as they are, which is
 * right for almost every file; only when that meets a repeated key (a unique violation, rolled back
 * to a savepoint) are they merged per key, which costs a second sort.
 */
final class StagedMerge {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Rows of the later of two equal keys, with the position of the first. */
    private static final String LATEST_PER_KEY = """
            SELECT DISTINCT ON (%1$s) *, min(seq) OVER (PARTITION BY %1$s) AS first_seq
            FROM %2$s ORDER BY %1$s, seq DESC""";

    private final Connection writer;
    private final long dossierId;
    private final long sourceId;

    StagedMerge(Connection writer, long dossierId, long sourceId) {
        this.writer = writer;
        this.dossierId = dossierId;
        this.sourceId = sourceId;
    }

    void run() throws SQLException {
        try (Statement statement = writer.createStatement()) {
            // Sorting millions of staged rows in memory rather than in temporary files.
            statement.execute("SET LOCAL work_mem = '256MB'");
            statement.execute("ANALYZE stage_observation");
        }
        ids();
        observations();
        withIds("""
                INSERT INTO coverage (dossier_id, series_id, window_start, window_end, source_id, declared_by, seq)
                SELECT %d, k.id, c.window_start, c.window_end, %d, c.declared_by, c.seq
                FROM (SELECT DISTINCT ON (series, window_start, window_end, declared_by) *
                      FROM stage_coverage ORDER BY series, window_start, window_end, declared_by, seq) c
                JOIN stage_series k ON k.local = c.series""");
        execute("""
                INSERT INTO post (dossier_id, source_id, platform, post_id, seq, subject, created_at, type, permalink,
                                  preview, post_values, provenance_id, line)
                SELECT %d, %d, p.platform, p.post_id, p.first_seq, p.subject, p.created_at, p.type, p.permalink,
                       p.preview, p.post_values, v.id, p.line
                FROM (%s) p
                JOIN stage_provenance v ON v.local = p.provenance""".formatted(dossierId, sourceId,
                LATEST_PER_KEY.formatted("platform, post_id", "stage_post")));
    }

    /** Gives the write's series and provenance their ids, adding the ones the dossier does not have yet. */
    private void ids() throws SQLException {
        withIds("""
                INSERT INTO series (dossier_id, subject, platform, metric, segment_key, segment_value)
                SELECT %d, subject, platform, metric, segment_key, segment_value FROM stage_series ORDER BY local
                ON CONFLICT (dossier_id, subject, platform, metric, segment_key, segment_value) DO NOTHING""");
        withIds("""
                UPDATE stage_series t SET id = k.id FROM series k
                WHERE k.dossier_id = %d AND k.subject = t.subject AND k.platform = t.platform AND k.metric = t.metric
                  AND k.segment_key = t.segment_key AND k.segment_value = t.segment_value""");
        withIds("""
                INSERT INTO source_series (dossier_id, source_id, series_id)
                SELECT %d, %d, id FROM stage_series ORDER BY id""");
        execute("UPDATE stage_provenance SET id = nextval(pg_get_serial_sequence('provenance', 'id'))");
        withIds("""
                INSERT INTO provenance (dossier_id, id, source_id, source, exported_at, import_id)
                SELECT %d, id, %d, source, exported_at, import_id FROM stage_provenance""");
    }

    private void observations() throws SQLException {
        String insert = """
                INSERT INTO observation (dossier_id, series_id, window_start, window_end, source_id, seq, value_lo,
                                         value_hi, currency, provenance_id, line)
                SELECT %d, k.id, o.window_start, o.window_end, %d, %s, o.value_lo, o.value_hi, o.currency, v.id, o.line
                FROM %s o
                JOIN stage_series k ON k.local = o.series
                JOIN stage_provenance v ON v.local = o.provenance
                ORDER BY k.id, o.window_start, o.window_end""";
        Savepoint asTheyCame = writer.setSavepoint();
        try {
            execute(insert.formatted(dossierId, sourceId, "o.seq", "stage_observation"));
            writer.releaseSavepoint(asTheyCame);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            writer.rollback(asTheyCame);
            execute(insert.formatted(dossierId, sourceId, "o.first_seq", "(" + LATEST_PER_KEY.formatted(
                    "series, window_start, window_end", "stage_observation") + ")"));
        }
    }

    /** Runs {@code template} with the dossier's id, then the source's, put in where it has {@code %d}. */
    private void withIds(String template) throws SQLException {
        int ids = template.split("%d", -1).length - 1;
        execute(ids == 1 ? template.formatted(dossierId) : template.formatted(dossierId, sourceId));
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
