package dev.reckon.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The tables one import sends rows to with {@code COPY}, and the one COPY open at a time: a
 * connection runs one COPY and nothing else, so a write that turns from observations to posts ends
 * one COPY and starts the other. Rows whose keys cannot be in the store yet go straight into the
 * store's tables; the others into temporary staging tables, dropped when the transaction ends,
 * which the merge ({@link StagedMerge}) moves into the store's tables. Rows carry the store's ids of
 * their series and provenance, given before they are sent.
 */
final class StagingTables {

    enum Table {
        /** The store's own observations, for rows no stored row can have the key of. */
        OBSERVATION("observation", "dossier_id, series_id, window_start, window_end, source_id, seq, value_lo,"
                + " value_hi, currency, provenance_id, line"),
        SERIES("series", "dossier_id, id, subject, platform, metric, segment_key, segment_value"),
        SOURCE_SERIES("source_series", "dossier_id, source_id, series_id"),
        STAGED_OBSERVATION("stage_observation",
                "series, window_start, window_end, seq, value_lo, value_hi, currency, provenance, line"),
        STAGED_COVERAGE("stage_coverage", "series, window_start, window_end, declared_by, seq"),
        STAGED_POST("stage_post", "platform, post_id, seq, subject, created_at, type, permalink, preview,"
                + " post_values, provenance, line");

        final String name;
        final String columns;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
        }
    }

    private static final List<String> CREATE = List.of(
            "CREATE TEMP TABLE stage_observation (series BIGINT NOT NULL, window_start BIGINT NOT NULL,"
                    + " window_end BIGINT NOT NULL, seq BIGINT NOT NULL, value_lo NUMERIC, value_hi NUMERIC,"
                    + " currency TEXT, provenance BIGINT NOT NULL, line BIGINT NOT NULL) ON COMMIT DROP",
            "CREATE TEMP TABLE stage_coverage (series BIGINT NOT NULL, window_start BIGINT NOT NULL,"
                    + " window_end BIGINT NOT NULL, declared_by TEXT NOT NULL, seq BIGINT NOT NULL) ON COMMIT DROP",
            "CREATE TEMP TABLE stage_post (platform TEXT NOT NULL, post_id TEXT NOT NULL, seq BIGINT NOT NULL,"
                    + " subject TEXT NOT NULL, created_at BIGINT NOT NULL, type TEXT, permalink TEXT, preview TEXT,"
                    + " post_values JSONB NOT NULL, provenance BIGINT NOT NULL, line BIGINT NOT NULL) ON COMMIT DROP");

    private final CopyManager copies;
    private Table open;
    private CopyRows rows;

    private StagingTables(CopyManager copies) {
        this.copies = copies;
    }

    /** Creates the staging tables in the transaction of {@code writer}. */
    static StagingTables create(Connection writer) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            for (String sql : CREATE) {
                statement.execute(sql);
            }
        }
        return new StagingTables(writer.unwrap(PGConnection.class).getCopyAPI());
    }

    /** The COPY into {@code table}, ending another one first. */
    CopyRows into(Table table) throws SQLException {
        if (open != table) {
            finish();
            rows = CopyRows.into(copies, table.name, table.columns);
            open = table;
        }
        return rows;
    }

    /** Ends the COPY that is open, if one is: the connection then runs statements again. */
    void finish() throws SQLException {
        if (rows != null) {
            rows.finish();
            rows = null;
            open = null;
        }
    }

    /** Abandons the COPY that is open, for a write that is rolled back. */
    void abandon() {
        if (rows != null) {
            rows.close();
            rows = null;
            open = null;
        }
    }
}
