package dev.reckon.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Moves one import's staged rows into the store's tables, inside the import's transaction, each
 * table with one {@code INSERT ... SELECT} that sorts rows by their key, so the primary key's pages
 * fill in order. A key given twice in one import keeps the earlier row's position ({@code seq}) and
 * the later row's values, as the store contract says.
 */
final class StagedMerge {

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

    /**
     * Adds the staged observations (one per key: the write held them so) to those the import sent
     * before, a row of a key sent before taking its values and keeping its position; then empties
     * the staging table for the next rows.
     */
    void upsertStagedObservations() throws SQLException {
        execute("""
                INSERT INTO observation (dossier_id, series_id, window_start, window_end, source_id, seq, value_lo,
                                         value_hi, currency, provenance_id, line)
                SELECT %d, o.series, o.window_start, o.window_end, %d, o.seq, o.value_lo, o.value_hi, o.currency,
                       o.provenance, o.line
                FROM stage_observation o
                ORDER BY o.series, o.window_start, o.window_end
                ON CONFLICT (dossier_id, series_id, window_start, window_end, source_id) DO UPDATE SET
                    value_lo = excluded.value_lo, value_hi = excluded.value_hi, currency = excluded.currency,
                    provenance_id = excluded.provenance_id, line = excluded.line""".formatted(dossierId, sourceId));
        execute("TRUNCATE stage_observation");
    }

    /** Coverage (equal windows once, at the first one's position) and posts (the later of an id, at the earlier's). */
    void coverageAndPosts() throws SQLException {
        execute("""
                INSERT INTO coverage (dossier_id, series_id, window_start, window_end, source_id, declared_by, seq)
                SELECT %d, c.series, c.window_start, c.window_end, %d, c.declared_by, c.seq
                FROM (SELECT DISTINCT ON (series, window_start, window_end, declared_by) *
                      FROM stage_coverage ORDER BY series, window_start, window_end, declared_by, seq) c
                ORDER BY c.series, c.window_start, c.window_end, c.declared_by""".formatted(dossierId, sourceId));
        execute("""
                INSERT INTO post (dossier_id, source_id, platform, post_id, seq, subject, created_at, type, permalink,
                                  preview, post_values, provenance_id, line)
                SELECT %d, %d, p.platform, p.post_id, p.first_seq, p.subject, p.created_at, p.type, p.permalink,
                       p.preview, p.post_values, p.provenance, p.line
                FROM (%s) p""".formatted(dossierId, sourceId,
                LATEST_PER_KEY.formatted("platform, post_id", "stage_post")));
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
