package dev.reckon.adapter.jdbc;

import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, built by ordered migrations, and the check that a file is at the version this
 * code reads.
 *
 * <p>Times are nanoseconds since 1970 ({@link EpochNanos}); values are exact decimals as text, NULL
 * for an unbounded end. Series keys and provenance are stored once and referred to by id, which
 * keeps an observation row small. A source keeps its id across re-imports.
 *
 * <p>Observations and coverage are kept in their key's order ({@code WITHOUT ROWID}, primary key
 * starting with the series id): a series' rows sit together, so {@code find} reads a few adjacent
 * pages, and an import maintains one b-tree instead of a table plus a unique index, which costs
 * less per row written (docs/benchmarks.md#code-choices). {@code seq} keeps the order in which a
 * source's rows were written. {@code source_series} lists the series each source has rows in,
 * which is how a source's rows are found again to be replaced or removed without a second index
 * over every observation. A post is kept once per source that gives it, in blocks of one
 * account's posts ({@code post_block}, {@link PostBlock}, each metric's values in
 * {@code post_block_value}); which export of a post counts is decided when posts are read, by the
 * dossier's order of files.
 */
final class Schema {

    /** The first columns of both observations and coverage: the key they share but for its last parts. */
    private static final String SERIES_WINDOW_AND_SOURCE = """
                series_id INTEGER NOT NULL REFERENCES series (id),
                window_start BIGINT NOT NULL,
                window_end BIGINT NOT NULL,
                source_id INTEGER NOT NULL REFERENCES source (id),
            """;

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "sources, series, provenance, observations and coverage", List.of(
                    """
                    CREATE TABLE source (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        size_bytes BIGINT NOT NULL,
                        content_hash TEXT NOT NULL,
                        format TEXT NOT NULL,
                        imported_at BIGINT NOT NULL,
                        rows_read BIGINT NOT NULL, rows_accepted BIGINT NOT NULL, rows_rejected BIGINT NOT NULL
                    )""",
                    """
                    CREATE TABLE series (
                        id INTEGER PRIMARY KEY,
                        subject TEXT NOT NULL,
                        platform TEXT NOT NULL,
                        metric TEXT NOT NULL,
                        segment_key TEXT NOT NULL,
                        segment_value TEXT NOT NULL,
                        UNIQUE (subject, platform, metric, segment_key, segment_value)
                    )""",
                    """
                    CREATE TABLE provenance (
                        id INTEGER PRIMARY KEY,
                        source_id INTEGER NOT NULL REFERENCES source (id),
                        source TEXT NOT NULL,
                        exported_at BIGINT,
                        import_id TEXT NOT NULL
                    )""",
                    "CREATE INDEX provenance_by_source ON provenance (source_id)",
                    """
                    CREATE TABLE source_series (
                        source_id INTEGER NOT NULL REFERENCES source (id),
                        series_id INTEGER NOT NULL REFERENCES series (id),
                        PRIMARY KEY (source_id, series_id)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE observation (
                    """ + SERIES_WINDOW_AND_SOURCE + """
                        seq BIGINT NOT NULL,
                        value_lo TEXT,
                        value_hi TEXT,
                        currency TEXT,
                        provenance_id INTEGER NOT NULL REFERENCES provenance (id),
                        line BIGINT NOT NULL,
                        PRIMARY KEY (series_id, window_start, window_end, source_id)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE coverage (
                    """ + SERIES_WINDOW_AND_SOURCE + """
                        declared_by TEXT NOT NULL,
                        seq BIGINT NOT NULL,
                        PRIMARY KEY (series_id, window_start, window_end, source_id, declared_by)
                    ) WITHOUT ROWID""")),
            new Migration(2, "each source's import fingerprint and import report", List.of(
                    // A source imported before has no fingerprint: '' never equals one, so it is imported again.
                    "ALTER TABLE source ADD COLUMN import_fingerprint TEXT NOT NULL DEFAULT ''",
                    // The report as JSON (ReportJson); NULL when the importer kept none.
                    "ALTER TABLE source ADD COLUMN import_report TEXT")),
            new Migration(3, "claims added beside the dossier's (through the HTTP API)", List.of(
                    """
                    CREATE TABLE claim (
                        id TEXT PRIMARY KEY,
                        text TEXT NOT NULL,
                        check_text TEXT NOT NULL,
                        source_who TEXT,
                        source_where TEXT,
                        source_when TEXT
                    )""")),
            new Migration(4, "posts of per-post exports, one row per post and source", List.of(
                    // One row per post keeps a million-post import to a million rows: the post's
                    // lifetime values are one text (PostValuesText), never a row each.
                    """
                    CREATE TABLE post (
                        source_id INTEGER NOT NULL REFERENCES source (id),
                        platform TEXT NOT NULL,
                        post_id TEXT NOT NULL,
                        seq BIGINT NOT NULL,
                        subject TEXT NOT NULL,
                        created_at BIGINT NOT NULL,
                        type TEXT, permalink TEXT, preview TEXT,
                        post_values TEXT NOT NULL,
                        provenance_id INTEGER NOT NULL REFERENCES provenance (id),
                        line BIGINT NOT NULL,
                        PRIMARY KEY (source_id, platform, post_id)
                    ) WITHOUT ROWID""",
                    // Files imported before kept no posts: no fingerprint matches '', so each is read again once.
                    "UPDATE source SET import_fingerprint = ''")),
            new Migration(5, "each source file's stat at its last hashing", List.of(
                    // NULL for a source imported before: its file is hashed at the next check, then stamped.
                    "ALTER TABLE source ADD COLUMN file_stamp TEXT")),
            new Migration(6, "posts kept in account and time order, for a set over one account's posts", List.of(
                    // A claim over posts reads one account's posts of a period: keyed by account and
                    // creation time, they are one range of adjacent pages (docs/benchmarks.md, "Posts
                    // into the SQLite store"). A post is created once, so the key holds one row per post
                    // and source; an index on the source finds a source's posts to replace them. Both
                    // grow at a few places while an export is written in time order, where an index on
                    // the post's id would take each row somewhere else (three times the import's time).
                    """
                    CREATE TABLE post_by_account (
                        subject TEXT NOT NULL,
                        platform TEXT NOT NULL,
                        created_at BIGINT NOT NULL,
                        source_id INTEGER NOT NULL REFERENCES source (id),
                        post_id TEXT NOT NULL,
                        seq BIGINT NOT NULL,
                        type TEXT,
                        permalink TEXT,
                        preview TEXT,
                        post_values TEXT NOT NULL,
                        provenance_id INTEGER NOT NULL REFERENCES provenance (id),
                        line BIGINT NOT NULL,
                        PRIMARY KEY (subject, platform, created_at, source_id, post_id)
                    ) WITHOUT ROWID""",
                    """
                    INSERT INTO post_by_account (subject, platform, created_at, source_id, post_id, seq, type, permalink,
                                                 preview, post_values, provenance_id, line)
                    SELECT subject, platform, created_at, source_id, post_id, seq, type, permalink, preview, post_values,
                           provenance_id, line
                    FROM post""",
                    "DROP TABLE post",
                    "ALTER TABLE post_by_account RENAME TO post",
                    "CREATE INDEX post_source ON post (source_id)")),
            new Migration(7, "posts kept in blocks of one account's posts, each metric's values a column", List.of(
                    // A row per post made the import of a million posts twice the roll-up's, and a set
                    // over 100,000 posts read 100,000 rows: a block of up to 4,096 posts of one account
                    // from one source is one row (PostBlock), its creation times bounding it, and each
                    // metric's values of it one row beside it (docs/benchmarks.md, "Posts as blocks").
                    """
                    CREATE TABLE post_block (
                        id INTEGER PRIMARY KEY,
                        source_id INTEGER NOT NULL REFERENCES source (id),
                        seq BIGINT NOT NULL,
                        subject TEXT NOT NULL,
                        platform TEXT NOT NULL,
                        created_min BIGINT NOT NULL,
                        created_max BIGINT NOT NULL,
                        posts INTEGER NOT NULL,
                        repeats INTEGER NOT NULL DEFAULT 0,
                        keys BLOB NOT NULL,
                        details BLOB NOT NULL
                    )""",
                    "CREATE INDEX post_block_account ON post_block (subject, platform, created_min)",
                    "CREATE INDEX post_block_source ON post_block (source_id)",
                    """
                    CREATE TABLE post_block_value (
                        block_id INTEGER NOT NULL REFERENCES post_block (id),
                        metric TEXT NOT NULL,
                        post_values BLOB NOT NULL,
                        PRIMARY KEY (block_id, metric)
                    )"""),
                    // The posts a file at version 6 holds are rewritten as blocks, not imported again.
                    PostTableConversion::run));

    static final int CURRENT_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    /**
     * Brings the file behind {@code writer} (a {@link StoreFile#writer()} connection in autocommit)
     * to {@link #CURRENT_VERSION}, or refuses a file from a newer Reckon. A file at the current
     * version is only read, so opening a store never waits for another process's import.
     */
    static void prepare(Connection writer, StoreFile file) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
        }
        int found = version(writer);
        refuseNewer(found, file);
        if (found == CURRENT_VERSION) {
            return;
        }
        // A failure leaves the transaction open: the caller closes the connection, which rolls it back.
        writer.setAutoCommit(false);
        // Another process may have migrated while this one waited for the write lock.
        int locked = version(writer);
        refuseNewer(locked, file);
        if (locked < CURRENT_VERSION) {
            migrate(writer, locked);
        }
        writer.setAutoCommit(true);
    }

    /** The file's schema version; 0 for a file without Reckon's tables (new, empty or foreign). */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet table = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (table.next() && table.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            return version.next() ? version.getInt(1) : 0;
        }
    }

    private static void refuseNewer(int version, StoreFile file) {
        if (version > CURRENT_VERSION) {
            throw new NewerStoreVersionException(file.path(), version, CURRENT_VERSION);
        }
    }

    private static void migrate(Connection writer, int from) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            for (Migration migration : MIGRATIONS) {
                if (migration.version() > from) {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                    migration.then().run(writer);
                }
            }
            statement.execute("DELETE FROM schema_version");
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
            insert.setInt(1, CURRENT_VERSION);
            insert.executeUpdate();
        }
    }
}
