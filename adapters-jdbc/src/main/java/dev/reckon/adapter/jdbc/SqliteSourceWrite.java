package dev.reckon.adapter.jdbc;

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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One source's import as one SQLite transaction on a connection of its own: it starts by taking the
 * write lock and deleting what the source contributed before, adds rows in batches, and either
 * commits everything or, when closed first (or killed), leaves the file as it was.
 *
 * <p>Exports often list each day across many series, and inserting in that order touches the
 * index's pages at random, while inserting a series' rows together appends to them
 * (docs/benchmarks.md#code-choices). So observations
 * are first held in memory ({@link ObservationBuffer}, a few dozen bytes each, a later one of a key
 * replacing the earlier) and written series by series whenever the buffer is full. Holding costs
 * time of its own, wasted on rows that already come series by series, so after the first rows a
 * write that saw them come so writes the rest straight in ({@link Holding}).
 */
final class SqliteSourceWrite implements SourceWrite {

    /**
     * Observations inserted by one statement. One statement of many rows costs SQLite and the JDBC
     * driver far less per row than a batch of one-row statements (docs/benchmarks.md#code-choices).
     */
    private static final int ROWS_PER_INSERT = 64;
    private static final int COLUMNS_PER_ROW = 9;
    /** Rows a run of one series has on average in a file that comes series by series. */
    private static final int ROWS_PER_SERIES_RUN = 16;
    /** Coverage rows sent to SQLite at once; there are few of them. */
    private static final int COVERAGE_BATCH = 1024;

    private enum State { OPEN, COMMITTED, CLOSED, FAILED }

    private final StoreFile file;
    private final String source;
    private final Connection connection;
    private final long sourceId;
    private final SeriesIds seriesIds;
    private final ProvenanceIds provenanceIds;
    private final PreparedStatement insertObservations;
    private final PreparedStatement insertObservation;
    private final PreparedStatement insertCoverage;
    private final PostInserts posts;
    private final Holding holding;
    /** Observations not yet written, one per key; null once rows go straight in. */
    private ObservationBuffer pending;
    private long accepted;
    private long seriesRuns;
    private SeriesKey lastSeries;
    private final Observation[] buffered = new Observation[ROWS_PER_INSERT];
    /** The buffered rows' series ids. */
    private final long[] bufferedSeries = new long[ROWS_PER_INSERT];
    /** The buffered rows' windows, as the store keeps them. */
    private final long[] bufferedStarts = new long[ROWS_PER_INSERT];
    private final long[] bufferedEnds = new long[ROWS_PER_INSERT];
    private int bufferedCount;
    /** Rows written so far: the next row's position among the source's rows. */
    private long written;
    private int pendingCoverage;
    private State state = State.OPEN;

    private SqliteSourceWrite(StoreFile file, String source, Connection connection, long sourceId, Holding holding)
            throws SQLException {
        this.holding = holding;
        this.pending = holding.rowsBeforeChoosing() == 0 ? null : new ObservationBuffer();
        this.file = file;
        this.source = source;
        this.connection = connection;
        this.sourceId = sourceId;
        this.seriesIds = new SeriesIds(connection, sourceId);
        this.provenanceIds = new ProvenanceIds(connection, sourceId);
        this.insertObservations = connection.prepareStatement(insertObservations(sourceId, ROWS_PER_INSERT));
        this.insertObservation = connection.prepareStatement(insertObservations(sourceId, 1));
        this.insertCoverage = connection.prepareStatement("INSERT INTO coverage"
                + " (series_id, window_start, window_end, source_id, declared_by, seq) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING");
        this.posts = new PostInserts(connection, sourceId, provenanceIds);
    }

    /** Takes the write lock (waiting up to the busy timeout) and clears the source's previous rows. */
    static SqliteSourceWrite begin(StoreFile file, String source, Holding holding) {
        Objects.requireNonNull(holding, "holding is null");
        Connection connection = null;
        try {
            connection = file.writer();
            connection.setAutoCommit(false);
            long sourceId = SourceTable.claim(connection, source);
            SourceTable.deleteContribution(connection, sourceId);
            return new SqliteSourceWrite(file, source, connection, sourceId, holding);
        } catch (SQLException e) {
            Connections.closeQuietly(connection);
            throw file.failure("importing " + source, e);
        }
    }

    /**
     * An insert of {@code rows} observations of one source. The source id is written into the SQL,
     * one value fewer to bind per row. A later row with the same key (in this statement or an
     * earlier one) updates the earlier row but keeps its seq, so its position.
     */
    private static String insertObservations(long sourceId, int rows) {
        String row = "(?, ?, ?, " + sourceId + ", ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO observation (series_id, window_start, window_end, source_id, seq, value_lo, value_hi,"
                + " currency, provenance_id, line) VALUES " + String.join(", ", Collections.nCopies(rows, row))
                + " ON CONFLICT (series_id, window_start, window_end, source_id) DO UPDATE SET"
                + " value_lo = excluded.value_lo, value_hi = excluded.value_hi, currency = excluded.currency,"
                + " provenance_id = excluded.provenance_id, line = excluded.line";
    }

    @Override
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation is null");
        ensureOpen();
        requireStorable(observation.window());
        if (pending == null) {
            insert(seriesId(observation.seriesKey()), observation);
            return;
        }
        pending.accept(observation);
        afterHolding(observation.seriesKey());
    }

    /**
     * The rows of {@code series} from {@code origin}: while the write holds rows, put straight into
     * the held columns (no observation built, the series not looked up again for each row); once it
     * writes rows as they come, built into observations and written.
     */
    @Override
    public SeriesSink series(SeriesKey series, ObservationOrigin origin) {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(origin, "origin is null");
        ensureOpen();
        return new RowsOfSeries(series, origin, SourceWrite.super.series(series, origin));
    }

    /** Counts a row just held, and writes what is held when the holding says so. */
    private void afterHolding(SeriesKey series) {
        countRuns(series);
        if (++accepted == holding.rowsBeforeChoosing() && accepted >= seriesRuns * ROWS_PER_SERIES_RUN) {
            writePending();
            pending = null;
        } else if (pending.size() >= holding.maxPending()) {
            writePending();
            pending = new ObservationBuffer();
        }
    }

    private void countRuns(SeriesKey series) {
        if (series != lastSeries && !series.equals(lastSeries)) {
            seriesRuns++;
            lastSeries = series;
        }
    }

    /** Fails at once, not when the observation is written, for a window the store cannot keep. */
    private static void requireStorable(Window window) {
        EpochNanos.of(window.start());
        EpochNanos.of(window.end());
    }

    /**
     * Writes the observations held, series by series in the order of their ids, which is the order
     * of their rows in the file: rows held again after earlier ones were written then go into the
     * table in one pass over it rather than back and forth. Each series' rows keep the order they came in.
     */
    private void writePending() {
        pending.close();
        List<SeriesColumns> held = new ArrayList<>();
        pending.forEachSeries((series, columns) -> held.add(columns));
        long[] ids = new long[held.size()];
        Integer[] order = new Integer[held.size()];
        for (int index = 0; index < ids.length; index++) {
            ids[index] = seriesId(held.get(index).key());
            order[index] = index;
        }
        Arrays.sort(order, Comparator.comparingLong(index -> ids[index]));
        for (int index : order) {
            for (Observation observation : held.get(index).observations()) {
                insert(ids[index], observation);
            }
        }
    }

    private long seriesId(SeriesKey series) {
        try {
            return seriesIds.idOf(series);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Adds {@code observation} of series {@code seriesId} to the rows of the next insert, sending it when it is full. */
    private void insert(long seriesId, Observation observation) {
        bufferedSeries[bufferedCount] = seriesId;
        bufferedStarts[bufferedCount] = EpochNanos.of(observation.window().start());
        bufferedEnds[bufferedCount] = EpochNanos.of(observation.window().end());
        buffered[bufferedCount++] = observation;
        if (bufferedCount == ROWS_PER_INSERT) {
            try {
                for (int row = 0; row < ROWS_PER_INSERT; row++) {
                    bind(insertObservations, row * COLUMNS_PER_ROW, row);
                }
                insertObservations.executeUpdate();
                bufferedCount = 0;
            } catch (SQLException e) {
                throw fail(e);
            }
        }
    }

    /** Binds buffered row {@code row} to the parameters after {@code offset}. */
    private void bind(PreparedStatement insert, int offset, int row) throws SQLException {
        Observation observation = buffered[row];
        insert.setLong(offset + 1, bufferedSeries[row]);
        insert.setLong(offset + 2, bufferedStarts[row]);
        insert.setLong(offset + 3, bufferedEnds[row]);
        insert.setLong(offset + 4, written++);
        Interval value = observation.value();
        String lo = text(value.lo());
        insert.setString(offset + 5, lo);
        insert.setString(offset + 6, value.isExact() ? lo : text(value.hi()));
        insert.setString(offset + 7, observation.currency().map(Currency::getCurrencyCode).orElse(null));
        insert.setLong(offset + 8, provenanceIds.idOf(observation.provenance()));
        insert.setLong(offset + 9, observation.provenance().line().orElse(0)); // the column keeps 0 for no line
    }

    @Override
    public void cover(Coverage coverage) {
        Objects.requireNonNull(coverage, "coverage is null");
        ensureOpen();
        try {
            insertCoverage.setLong(1, seriesIds.idOf(coverage.series()));
            insertCoverage.setLong(2, EpochNanos.of(coverage.window().start()));
            insertCoverage.setLong(3, EpochNanos.of(coverage.window().end()));
            insertCoverage.setLong(4, sourceId);
            insertCoverage.setString(5, coverage.source());
            insertCoverage.setLong(6, written++);
            insertCoverage.addBatch();
            if (++pendingCoverage == COVERAGE_BATCH) {
                flushCoverage();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void post(Post post) {
        Objects.requireNonNull(post, "post is null");
        ensureOpen();
        try {
            posts.add(post);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void commit(SourceRecord record) {
        SourceRecord.checkEndsWriteOf(source, record);
        ensureOpen();
        try {
            if (pending != null) {
                writePending();
            }
            flushObservations();
            flushCoverage();
            posts.flush();
            SourceTable.store(connection, sourceId, record);
            connection.setAutoCommit(true);
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
            // Closing a connection inside a transaction rolls the transaction back.
            Connections.closeQuietly(connection);
        }
    }

    /** Inserts the rows that did not fill a whole statement, one by one. */
    private void flushObservations() throws SQLException {
        for (int row = 0; row < bufferedCount; row++) {
            bind(insertObservation, 0, row);
            insertObservation.executeUpdate();
        }
        bufferedCount = 0;
    }

    private void flushCoverage() throws SQLException {
        if (pendingCoverage > 0) {
            insertCoverage.executeBatch();
            pendingCoverage = 0;
        }
    }

    private RuntimeException fail(SQLException e) {
        state = State.FAILED;
        Connections.closeQuietly(connection);
        return file.failure("importing " + source, e);
    }

    private void ensureOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the write of '" + source + "' is already "
                    + state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** An exact decimal without exponent, or null for an unbounded end. */
    private static String text(Optional<BigDecimal> end) {
        return end.map(BigDecimal::toPlainString).orElse(null);
    }


    /**
     * One series' rows given by a reader. The buffer holding rows is replaced each time it is
     * written, so the series' columns are found again in the buffer of the moment when it changed.
     */
    private final class RowsOfSeries implements SeriesSink {

        private final SeriesKey series;
        private final ObservationOrigin origin;
        /** Builds observations and hands them to {@link #accept(Observation)}, once rows are not held any more. */
        private final SeriesSink built;
        private ObservationBuffer heldIn;
        private HeldColumns columns;

        RowsOfSeries(SeriesKey series, ObservationOrigin origin, SeriesSink built) {
            this.series = series;
            this.origin = origin;
            this.built = built;
        }

        @Override
        public void accept(Window window, long value, long line) {
            SeriesSink sink = sinkFor(window);
            sink.accept(window, value, line);
            afterRow(sink);
        }

        @Override
        public void accept(Window window, Amount value, long line) {
            SeriesSink sink = sinkFor(window);
            sink.accept(window, value, line);
            afterRow(sink);
        }

        /** The columns of the buffer now holding rows, or {@code built} when rows are written as they come. */
        private SeriesSink sinkFor(Window window) {
            Objects.requireNonNull(window, "window is null");
            if (pending == null) {
                return built;
            }
            ensureOpen();
            requireStorable(window);
            if (heldIn != pending) {
                heldIn = pending;
                columns = new HeldColumns(
                        pending.series(series, origin.source(), origin.exportedAt(), origin.importId()));
            }
            return columns;
        }

        private void afterRow(SeriesSink sink) {
            if (sink != built) {
                afterHolding(series);
            }
        }
    }

    /** A series' columns in a buffer, as the sink its rows go to while they are held. */
    private static final class HeldColumns implements SeriesSink {

        private final ObservationBuffer.ColumnsOfSeries held;

        HeldColumns(ObservationBuffer.ColumnsOfSeries held) {
            this.held = held;
        }

        @Override
        public void accept(Window window, long value, long line) {
            held.accept(window, value, line);
        }

        @Override
        public void accept(Window window, Amount value, long line) {
            held.accept(window, value, line);
        }
    }

    /**
     * How a write holds observations before writing them: at most {@code maxPending} at once; and
     * once {@code rowsBeforeChoosing} rows came, if they came series by series, none any more.
     */
    record Holding(long maxPending, long rowsBeforeChoosing) {

        /** What one held observation takes in its buffer's columns, with room for their growth. */
        private static final long BYTES_PER_HELD_OBSERVATION = 64;
        /** Held at least, whatever the heap: a few hundred days of a thousand series, about 16 MB. */
        private static final long MIN_PENDING = 1 << 18;
        /**
         * Held at most, about 128 MB: enough for the history of two million keys, and what a reader
         * keeps meanwhile (the coverage of rows in no time order grows with the file's series and
         * gaps) keeps the rest of the heap.
         */
        private static final long MAX_PENDING = 1 << 21;
        /** The choice made after 65,536 rows. */
        private static final long ROWS_BEFORE_CHOOSING = 1 << 16;

        /** As many observations as a quarter of this JVM's heap holds, within bounds ({@link #forHeap}). */
        static final Holding DEFAULT = forHeap(Runtime.getRuntime().maxMemory());
        /** Every row written as it comes, in its order. */
        static final Holding NONE = new Holding(1, 0);

        /**
         * Holds as many observations as a quarter of a heap of {@code maxHeapBytes} holds, at least
         * {@link #MIN_PENDING} and at most {@link #MAX_PENDING}: every
         * revision of a key held at once is resolved before SQLite sees it, so a file that lists
         * its history again and again (nightly exports appended to one file) writes each key once
         * while its distinct keys fit, and a larger file spills to the store a quarter-heap at a
         * time, never growing the heap with the file. The reader working ahead of the write may
         * hold up to a sixth of the heap at the same time (CanonicalCsvReader).
         */
        static Holding forHeap(long maxHeapBytes) {
            long quarter = maxHeapBytes / 4 / BYTES_PER_HELD_OBSERVATION;
            return new Holding(Math.max(MIN_PENDING, Math.min(MAX_PENDING, quarter)), ROWS_BEFORE_CHOOSING);
        }
        Holding {
            if (maxPending < 1 || rowsBeforeChoosing < 0) {
                throw new IllegalArgumentException("maxPending must be at least 1 and rowsBeforeChoosing at least 0: "
                        + maxPending + ", " + rowsBeforeChoosing);
            }
        }
    }
}
