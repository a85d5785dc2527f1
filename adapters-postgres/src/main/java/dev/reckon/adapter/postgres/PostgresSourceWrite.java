package dev.reckon.adapter.postgres;

import dev.reckon.adapter.postgres.StagingTables.Table;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.columnar.ObservationBuffer;
import dev.reckon.columnar.SeriesColumns;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.store.codec.Connections;
import dev.reckon.store.codec.EpochNanos;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One source's import as one PostgreSQL transaction on a connection of its own: it takes the
 * dossier's advisory lock and deletes what the source contributed before; at commit it stores the
 * record. Closed before that, or with the process killed, the transaction is rolled back and readers
 * never saw any of it.
 *
 * <p>Observations are held in memory first ({@link ObservationBuffer}, a few dozen bytes each), where
 * a later row of a key replaces the earlier one in its place: a file that lists its history again
 * and again (nightly exports appended to one file) sends each key once while its distinct keys fit.
 * When the buffer is full, and at commit, its rows go to the server series by series, each series'
 * in time order, with {@code COPY}. Rows after the last key their series sent go straight into
 * {@code observation}: the source's earlier rows were deleted and its id is part of the key, so no
 * stored row can have their keys, and the primary key grows by appending. Rows at or before it (a
 * file re-listing history longer than the buffer) may repeat a key sent, so they go through a
 * staging table and an upsert that keeps the earlier row's position ({@link StagedMerge}).
 */
final class PostgresSourceWrite implements SourceWrite {

    private enum State { OPEN, COMMITTED, CLOSED, FAILED }

    /** What one held observation takes in its buffer's columns, with room for their growth. */
    private static final long BYTES_PER_HELD_OBSERVATION = 64;
    /** Held at least, whatever the heap: a few hundred days of a thousand series, about 16 MB. */
    private static final long MIN_HELD = 1 << 18;
    /**
     * Held at most, about 128 MB, as the SQLite store holds (the launcher's heap is sized for it): the
     * history of two million keys.
     */
    private static final long MAX_HELD = 1 << 21;

    /** As many observations as a quarter of this JVM's heap holds, within bounds. */
    static final long DEFAULT_HELD = Math.max(MIN_HELD,
            Math.min(MAX_HELD, Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_HELD_OBSERVATION));

    private final PostgresDatabase database;
    private final String source;
    private final Connection connection;
    private final long dossierId;
    private final long sourceId;
    private final StagingTables copies;
    private final DossierSeries series;
    private final SourceProvenances provenances;
    private final StagedMerge merge;
    private final long heldAtMost;
    private ObservationBuffer held;
    /** Coverage windows held beside the observations (counted as they came, repeats too). */
    private long heldCoverage;
    /** Per series id, the last key (window start and end) sent: a later row at or before it may revise a row sent. */
    private final Map<Long, long[]> lastSent = new HashMap<>();
    /** The window {@link #requireStorable} passed last. */
    private Window lastStorable;
    /** The position of the next row among the source's rows. */
    private long written;
    private State state = State.OPEN;

    private PostgresSourceWrite(PostgresDatabase database, String source, Connection connection, long dossierId,
                                long sourceId, long heldAtMost) throws SQLException {
        this.database = database;
        this.source = source;
        this.connection = connection;
        this.dossierId = dossierId;
        this.sourceId = sourceId;
        this.heldAtMost = heldAtMost;
        this.copies = StagingTables.create(connection);
        this.series = DossierSeries.read(connection, dossierId, sourceId);
        this.provenances = new SourceProvenances(connection, dossierId, sourceId);
        this.merge = new StagedMerge(connection, dossierId, sourceId);
        this.held = newBuffer();
    }

    /**
     * Takes the dossier's write lock (waiting up to the lock timeout) and clears the source's previous
     * rows; the write then holds up to {@code heldAtMost} observations before sending them.
     */
    static PostgresSourceWrite begin(PostgresDatabase database, long dossierId, String source, long heldAtMost) {
        if (heldAtMost < 1) {
            throw new IllegalArgumentException("a write holds at least one observation, not " + heldAtMost);
        }
        Connection connection = null;
        try {
            connection = database.connect();
            connection.setAutoCommit(false);
            Sources.lockDossier(connection, dossierId);
            try (Statement statement = connection.createStatement()) {
                // Sorting a staged file's rows in memory rather than in temporary files.
                statement.execute("SET LOCAL work_mem = '256MB'");
            }
            long sourceId = Sources.claim(connection, dossierId, source);
            Sources.deleteContribution(connection, dossierId, sourceId);
            return new PostgresSourceWrite(database, source, connection, dossierId, sourceId, heldAtMost);
        } catch (SQLException e) {
            Connections.closeQuietly(connection);
            throw database.failure("importing " + source, e);
        }
    }

    private ObservationBuffer newBuffer() {
        return new ObservationBuffer("the write of '" + source + "' is already sending its rows");
    }

    @Override
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation is null");
        ensureOpen();
        requireStorable(observation.window());
        held.accept(observation);
        afterHolding();
    }

    @Override
    public SeriesSink series(SeriesKey key, ObservationOrigin origin) {
        Objects.requireNonNull(key, "series is null");
        Objects.requireNonNull(origin, "origin is null");
        ensureOpen();
        return new HeldSeries(key, origin);
    }

    @Override
    public void cover(Coverage coverage) {
        Objects.requireNonNull(coverage, "coverage is null");
        ensureOpen();
        requireStorable(coverage.window());
        held.cover(coverage);
        heldCoverage++;
        afterHolding();
    }

    @Override
    public void post(Post post) {
        Objects.requireNonNull(post, "post is null");
        ensureOpen();
        long created = EpochNanos.of(post.created());
        try {
            long provenance = provenances.idOf(post.provenance(), copies);
            copies.into(Table.STAGED_POST).field(post.platform().id()).field(post.id().id()).field(written++)
                    .field(post.subject().id()).field(created).field(post.type().orElse(null))
                    .field(post.permalink().orElse(null)).field(post.preview().orElse(null))
                    .field(PostValuesJson.write(post.values())).field(provenance)
                    .field(post.provenance().line().orElse(0)).endRow();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Fails at once, not when the rows are sent, for a window the store cannot keep. A reader gives
     * the rows of one day the same window object, so a run of them is checked once.
     */
    private void requireStorable(Window window) {
        if (window != lastStorable) {
            EpochNanos.of(window.start());
            EpochNanos.of(window.end());
            lastStorable = window;
        }
    }

    /** Sends what is held once the buffer is full. */
    private void afterHolding() {
        if (held.size() + heldCoverage >= heldAtMost) {
            try {
                send();
            } catch (SQLException e) {
                throw fail(e);
            }
        }
    }

    /**
     * Sends the held observations and coverage, series by series in the order of their ids (new
     * series get ascending ids in the order they came), and starts holding anew. A series' rows after
     * the last key it sent before go straight into {@code observation}; those at or before it, which
     * may revise a row sent, through the staging table and the upsert.
     */
    private void send() throws SQLException {
        ObservationBuffer sending = held;
        held = newBuffer();
        heldCoverage = 0;
        sending.close();
        List<SeriesColumns> bySeries = new ArrayList<>();
        sending.forEachSeries((key, columns) -> bySeries.add(columns));
        List<Coverage> coverage = sending.coverage();
        Set<SeriesKey> keys = new LinkedHashSet<>();
        bySeries.forEach(columns -> keys.add(columns.key()));
        coverage.forEach(window -> keys.add(window.series()));
        series.add(keys, copies);
        bySeries.sort(Comparator.comparingLong(columns -> series.idOf(columns.key())));
        List<Revisions> revisions = new ArrayList<>();
        for (SeriesColumns columns : bySeries) {
            long seriesId = series.idOf(columns.key());
            KeyOrderedRows rows = KeyOrderedRows.of(columns);
            long firstSeq = written;
            written += rows.size();
            long[] last = lastSent.get(seriesId);
            int revising = last == null ? 0 : rows.atOrBefore(last[0], last[1]);
            sendRows(seriesId, rows, firstSeq, revising, rows.size(), Table.OBSERVATION);
            if (revising > 0) {
                revisions.add(new Revisions(seriesId, rows, firstSeq, revising));
            }
            if (revising < rows.size()) {
                int k = rows.size() - 1;
                lastSent.put(seriesId, new long[] {rows.start(k), rows.end(k)});
            }
        }
        for (Revisions revision : revisions) {
            sendRows(revision.seriesId(), revision.rows(), revision.firstSeq(), 0, revision.count(),
                    Table.STAGED_OBSERVATION);
        }
        if (!revisions.isEmpty()) {
            copies.finish();
            merge.upsertStagedObservations();
        }
        for (Coverage window : coverage) {
            copies.into(Table.STAGED_COVERAGE).field(series.idOf(window.series()))
                    .field(EpochNanos.of(window.window().start())).field(EpochNanos.of(window.window().end()))
                    .field(window.source()).field(written++).endRow();
        }
    }

    /** The first {@code count} rows (in key order) of a series, which may revise rows sent before. */
    private record Revisions(long seriesId, KeyOrderedRows rows, long firstSeq, int count) {
    }

    /**
     * Sends rows {@code from} to {@code to} (in key order) of one series into {@code table}, each with
     * its position among the source's rows: {@code firstSeq} plus its place in the order the
     * series' windows first came.
     */
    private void sendRows(long seriesId, KeyOrderedRows rows, long firstSeq, int from, int to, Table table)
            throws SQLException {
        boolean stored = table == Table.OBSERVATION;
        SeriesColumns columns = rows.columns();
        // Rows share their provenance and currency in runs: looked up once per run.
        SeriesColumns.Shared lastShared = null;
        long provenance = 0;
        String currency = null;
        for (int k = from; k < to; k++) {
            int at = rows.cameAt(k);
            SeriesColumns.Shared shared = columns.shared(at);
            if (shared != lastShared) {
                provenance = provenances.idOf(shared.source(), shared.exportedAt(), shared.importId(), copies);
                currency = shared.currency().map(Currency::getCurrencyCode).orElse(null);
                lastShared = shared;
            }
            CopyRows copy = stored ? copies.into(table).field(dossierId) : copies.into(table);
            copy.field(seriesId).field(rows.start(k)).field(rows.end(k));
            if (stored) {
                copy.field(sourceId);
            }
            copy.field(firstSeq + at);
            if (columns.isWholeNumber(at)) {
                long value = columns.wholeNumber(at);
                copy.field(value).field(value);
            } else {
                Interval value = columns.value(at);
                String lo = text(value.lo());
                copy.field(lo).field(value.isExact() ? lo : text(value.hi()));
            }
            copy.field(currency).field(provenance).field(columns.line(at)).endRow(); // the column keeps 0 for no line
        }
    }

    /**
     * Sends the held rows now, while the caller hashes the file (the server takes them while this
     * thread mostly waits on the socket); rows given after are held again and sent at commit.
     */
    @Override
    public void flush() {
        ensureOpen();
        try {
            send();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void commit(SourceRecord record) {
        SourceRecord.checkEndsWriteOf(source, record);
        ensureOpen();
        try {
            send();
            copies.finish();
            merge.coverageAndPosts();
            Sources.store(connection, dossierId, sourceId, record);
            Sources.bumpVersion(connection, dossierId);
            connection.commit();
            state = State.COMMITTED;
        } catch (SQLException e) {
            throw fail(e);
        } finally {
            Connections.closeQuietly(connection);
        }
    }

    @Override
    public void close() {
        if (state == State.OPEN) {
            state = State.CLOSED;
            copies.abandon();
            // Closing a connection inside a transaction rolls the transaction back.
            Connections.closeQuietly(connection);
        }
    }

    private RuntimeException fail(SQLException e) {
        state = State.FAILED;
        copies.abandon();
        Connections.closeQuietly(connection);
        return database.failure("importing " + source, e);
    }

    private void ensureOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the write of '" + source + "' is already "
                    + state.name().toLowerCase(Locale.ROOT));
        }
    }

    /** An exact decimal without exponent, or null for an unbounded end. */
    private static String text(Optional<BigDecimal> end) {
        return end.map(BigDecimal::toPlainString).orElse(null);
    }

    /**
     * One series' rows given by a reader, put straight into the held columns (no observation built
     * per row). The buffer is replaced each time it is sent, so the series' columns are found again
     * in the buffer of the moment when it changed.
     */
    private final class HeldSeries implements SeriesSink {

        private final SeriesKey key;
        private final ObservationOrigin origin;
        private ObservationBuffer heldIn;
        private ObservationBuffer.ColumnsOfSeries columns;

        HeldSeries(SeriesKey key, ObservationOrigin origin) {
            this.key = key;
            this.origin = origin;
        }

        @Override
        public void accept(Window window, long value, long line) {
            columns(window).accept(window, value, line);
            afterHolding();
        }

        @Override
        public void accept(Window window, Amount value, long line) {
            columns(window).accept(window, value, line);
            afterHolding();
        }

        private ObservationBuffer.ColumnsOfSeries columns(Window window) {
            Objects.requireNonNull(window, "window is null");
            ensureOpen();
            requireStorable(window);
            if (heldIn != held) {
                heldIn = held;
                columns = held.series(key, origin.source(), origin.exportedAt(), origin.importId());
            }
            return columns;
        }
    }
}
