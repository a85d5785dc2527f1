package dev.reckon.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The temporary tables one import streams its rows into, dropped when its transaction ends, and
 * the one {@code COPY} open at a time: a connection runs one COPY and nothing else, so a write that
 * turns from observations to posts ends one COPY and starts the other. Series and provenance are
 * given by small numbers local to the write ({@code series}, {@code provenance}), which the merge
 * turns into the store's ids.
 */
final class StagingTables {

    enum Table {
        OBSERVATION("stage_observation",
                "series, window_start, window_end, seq, value_lo, value_hi, currency, provenance, line"),
        COVERAGE("stage_coverage", "series, window_start, window_end, declared_by, seq"),
        POST("stage_post", "platform, post_id, seq, subject, created_at, type, permalink, preview, post_values,"
                + " provenance, line"),
        SERIES("stage_series", "local, subject, platform, metric, segment_key, segment_value"),
        PROVENANCE("stage_provenance", "local, source, exported_at, import_id");

        final String name;
        final String columns;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
        }
    }

    private static final List<String> CREATE = List.of(
            "CREATE TEMP TABLE stage_observation (series INT NOT NULL, window_start BIGINT NOT NULL,"
                    + " window_end BIGINT NOT NULL, seq BIGINT NOT NULL, value_lo NUMERIC, value_hi NUMERIC,"
                    + " currency TEXT, provenance INT NOT NULL, line BIGINT NOT NULL) ON COMMIT DROP",
            "CREATE TEMP TABLE stage_coverage (series INT NOT NULL, window_start BIGINT NOT NULL,"
                    + " window_end BIGINT NOT NULL, declared_by TEXT NOT NULL, seq BIGINT NOT NULL) ON COMMIT DROP",
            "CREATE TEMP TABLE stage_post (platform TEXT NOT NULL, post_id TEXT NOT NULL, seq BIGINT NOT NULL,"
                    + " subject TEXT NOT NULL, created_at BIGINT NOT NULL, type TEXT, permalink TEXT, preview TEXT,"
                    + " post_values JSONB NOT NULL, provenance INT NOT NULL, line BIGINT NOT NULL) ON COMMIT DROP",
            "CREATE TEMP TABLE stage_series (local INT PRIMARY KEY, subject TEXT NOT NULL, platform TEXT NOT NULL,"
                    + " metric TEXT NOT NULL, segment_key TEXT NOT NULL, segment_value TEXT NOT NULL, id BIGINT)"
                    + " ON COMMIT DROP",
            "CREATE TEMP TABLE stage_provenance (local INT PRIMARY KEY, source TEXT NOT NULL, exported_at BIGINT,"
                    + " import_id TEXT NOT NULL, id BIGINT) ON COMMIT DROP");

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
