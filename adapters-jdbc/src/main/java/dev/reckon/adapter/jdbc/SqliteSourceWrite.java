package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationStoreException;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * replacing the earlier) and written in the table's key order when flushed or at the commit. Holding costs
 * time of its own, wasted on rows that already come series by series, so after the first rows a
 * write that saw them come so writes the rest straight in ({@link Holding}).
 *
 * <p>A file with more distinct observations than the buffer holds (rows in no order over millions
 * of keys) is sorted outside the heap: the full buffer is written, in key order, to a temporary
 * file ({@link SpilledRuns}); the rows after it are appended to arrays of numbers
 * ({@link UnsortedRows}), sorted and written to a file of their own each time they are full; and
 * the flush or commit merges those runs, resolving a key's revisions across them, and inserts each key once
 * in the table's order. Writing a full buffer straight into the
 * table instead made every later buffer update rows all over a table larger than SQLite's page
 * cache (docs/benchmarks.md, first import into the SQLite store).
 */
final class SqliteSourceWrite implements SourceWrite {

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
    private final ObservationInserts inserts;
    /** Full buffers written out in key order, merged at the commit. */
    private final SpilledRuns runs;
    /** The row being written, reused for each. */
    private final StoreRow row = new StoreRow();
    private final PreparedStatement insertCoverage;
    private final PostInserts posts;
    private final Holding holding;
    /** Observations not yet written, one per key; null once rows go straight in. */
    private ObservationBuffer pending;
    /** Rows set aside in the order they came, once held ones filled the buffer; null before. */
    private UnsortedRows unsorted;
    /**
     * The series' sinks into {@link #pending}, let go of when it is written: each keeps the whole
     * buffer alive, so one left pointing at a written buffer would keep a second buffer's worth
     * of rows on the heap.
     */
    private final List<HeldColumns> heldSinks = new ArrayList<>();
    private long accepted;
    private long seriesRuns;
    private SeriesKey lastSeries;
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
        this.inserts = new ObservationInserts(connection, sourceId);
        this.runs = new SpilledRuns(file.path());
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
            SpilledRuns.removeLeftovers(file.path());
            return new SqliteSourceWrite(file, source, connection, sourceId, holding);
        } catch (SQLException e) {
            Connections.closeQuietly(connection);
            throw file.failure("importing " + source, e);
        } catch (IOException e) {
            Connections.closeQuietly(connection);
            throw spillFailure(file, source, "the temporary files a killed import left beside it could not be deleted", e);
        }
    }

    @Override
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation is null");
        ensureOpen();
        requireStorable(observation.window());
        if (unsorted != null) {
            try {
                fill(seriesId(observation.seriesKey()), observation, written++);
            } catch (SQLException e) {
                throw fail(e);
            }
            setAside();
            return;
        }
        if (pending == null) {
            insert(seriesId(observation.seriesKey()), observation, written++);
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
            letGoOfPending();
        } else if (pending.size() >= holding.maxPending()) {
            spill(run -> forEachPendingInKeyOrder(run::write));
            letGoOfPending();
            unsorted = new UnsortedRows((int) Math.min(holding.maxPending(), Holding.MAX_SET_ASIDE));
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

    /** Inserts the observations held into the table, in its key order. */
    private void writePending() {
        try {
            forEachPendingInKeyOrder(inserts::add);
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException impossible) {
            throw new IllegalStateException("inserting rows read no file", impossible);
        }
    }

    /** Drops the buffer written, and every series' sink into it. */
    private void letGoOfPending() {
        pending = null;
        heldSinks.forEach(HeldColumns::letGo);
        heldSinks.clear();
    }

    /** Sets {@link #row} aside, writing what is set aside to a run when it is full. */
    private void setAside() {
        unsorted.add(row);
        if (unsorted.isFull()) {
            spill(run -> unsorted.writeSorted(run, row));
        }
    }

    /** Writes rows to a run. */
    @FunctionalInterface
    private interface RunFilling {
        void fill(SpilledRuns.RunWriter run) throws IOException, SQLException;
    }

    /** Writes a new run, deleting it again if it cannot be written completely. */
    private void spill(RunFilling filling) {
        SpilledRuns.RunWriter run;
        try {
            run = runs.startRun();
        } catch (IOException e) {
            throw failSpilling("a temporary file could not be created beside it", e);
        }
        try {
            filling.fill(run);
            run.close();
        } catch (IOException e) {
            run.abandon();
            throw failSpilling("the temporary file " + run.file().getFileName() + " could not be written", e);
        } catch (SQLException e) {
            run.abandon();
            throw fail(e);
        }
    }

    /** Receives rows: the table's inserts or a run. */
    @FunctionalInterface
    private interface RowSink {
        void accept(StoreRow row) throws SQLException, IOException;
    }

    /**
     * Gives the observations held to {@code sink} in the table's key order: series by series in the
     * order of their ids, each series' windows in time order. Each keeps as its seq its place in the
     * order the write received them (series by series in id order, each series' in the order its
     * windows first came), so a series is read back in that order however it was written.
     */
    private void forEachPendingInKeyOrder(RowSink sink) throws SQLException, IOException {
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
            SeriesColumns columns = held.get(index);
            WindowOrder windows = WindowOrder.of(columns);
            List<Observation> observations = columns.observations();
            for (int rank = 0; rank < windows.size(); rank++) {
                int position = windows.position(rank);
                fill(ids[index], observations.get(position), written + position);
                sink.accept(row);
            }
            written += columns.size();
        }
    }

    private long seriesId(SeriesKey series) {
        try {
            return seriesIds.idOf(series);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Inserts {@code observation} of series {@code seriesId} as the source's row {@code seq}. */
    private void insert(long seriesId, Observation observation, long seq) {
        try {
            fill(seriesId, observation, seq);
            inserts.add(row);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Puts {@code observation} of series {@code seriesId}, as the source's row {@code seq}, into {@link #row}. */
    private void fill(long seriesId, Observation observation, long seq) throws SQLException {
        row.seriesId = seriesId;
        row.windowStart = EpochNanos.of(observation.window().start());
        row.windowEnd = EpochNanos.of(observation.window().end());
        row.seq = seq;
        fillValue(observation.value(), observation.currency());
        row.provenanceId = provenanceIds.idOf(observation.provenance());
        row.line = observation.provenance().line().orElse(0); // the column keeps 0 for no line
    }

    /** Puts {@code value} in {@code currency} into {@link #row}, as a whole number when it is one. */
    private void fillValue(Interval value, Optional<Currency> currency) {
        BigDecimal exact = value.isExact() ? value.lo().orElseThrow() : null;
        // Eighteen digits always fit a long; asking for the unscaled value would build a BigInteger per row.
        row.whole = exact != null && exact.scale() == 0 && exact.precision() <= 18;
        if (row.whole) {
            row.wholeValue = exact.longValue();
        } else {
            row.lo = text(value.lo());
            row.hi = value.isExact() ? row.lo : text(value.hi());
        }
        row.currency = currency.map(Currency::getCurrencyCode).orElse(null);
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

    /**
     * Writes the held observations (or merges the runs set aside) into the table now, still inside
     * the transaction, so that SQLite's work runs while the caller hashes the file on another
     * thread. Rows given after go straight in: a later row of a key written replaces its value and
     * keeps its position, as a revision held would have.
     */
    @Override
    public void flush() {
        ensureOpen();
        try {
            writeHeld();
            inserts.flush();
            flushCoverage();
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw failSpilling("a temporary file beside it could not be read", e);
        }
    }

    /** Writes what is held or set aside into the table, in its key order; from then on rows go straight in. */
    private void writeHeld() throws SQLException, IOException {
        if (unsorted != null) {
            if (!unsorted.isEmpty()) {
                spill(run -> unsorted.writeSorted(run, row));
            }
            unsorted = null;
            runs.merge(inserts::add);
            removeRuns(); // merged: their disk space is not needed until the commit
        } else if (pending != null) {
            writePending();
            letGoOfPending();
        }
    }

    @Override
    public void commit(SourceRecord record) {
        SourceRecord.checkEndsWriteOf(source, record);
        ensureOpen();
        try {
            writeHeld();
            inserts.flush();
            flushCoverage();
            posts.flush();
            SourceTable.store(connection, sourceId, record);
            connection.setAutoCommit(true);
            state = State.COMMITTED;
        } catch (SQLException e) {
            throw fail(e);
        } catch (IOException e) {
            throw failSpilling("a temporary file beside it could not be read", e);
        } finally {
            Connections.closeQuietly(connection);
            removeRuns();
        }
    }

    @Override
    public void close() {
        if (state == State.OPEN) {
            state = State.CLOSED;
            // Closing a connection inside a transaction rolls the transaction back.
            Connections.closeQuietly(connection);
            removeRuns();
        }
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
        removeRuns();
        return file.failure("importing " + source, e);
    }

    private RuntimeException failSpilling(String problem, IOException e) {
        state = State.FAILED;
        Connections.closeQuietly(connection);
        removeRuns();
        return spillFailure(file, source, problem, e);
    }

    /**
     * What a user reads when the rows set aside on disk could not be written or read: with the
     * store's folder for the command line, without it for clients of the HTTP API.
     */
    private static ObservationStoreException spillFailure(StoreFile file, String source, String problem, IOException e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ObservationStoreException("importing " + source + " into the store " + file.path() + " failed: "
                + problem + " (" + cause + "). Nothing of it was kept; check the free space of "
                + file.path().getParent() + " and try again.",
                "importing " + source + " failed: the store could not set rows aside on its disk. Nothing of it was kept.", e);
    }

    /** Deletes the runs; one left behind (it could not be deleted) goes at exit or with the store's next write. */
    private void removeRuns() {
        try {
            runs.close();
        } catch (UncheckedIOException ignored) {
            // Deleted at exit or by the next write's removeLeftovers: nothing a user must do.
        }
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
     * One series' rows given by a reader: into the held buffer's columns, then, once that is
     * written, either set aside as numbers (it was full) or built into observations and written as
     * they come (the rows came series by series).
     */
    private final class RowsOfSeries implements SeriesSink {

        private final SeriesKey series;
        private final ObservationOrigin origin;
        /** Builds observations and hands them to {@link #accept(Observation)}, once rows are not held any more. */
        private final SeriesSink built;
        private HeldColumns columns;
        private UnsortedSeries setAside;

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
            if (unsorted != null) {
                ensureOpen();
                if (setAside == null) {
                    setAside = new UnsortedSeries(series, origin);
                }
                return setAside;
            }
            if (pending == null) {
                return built;
            }
            ensureOpen();
            requireStorable(window);
            if (columns == null || !columns.holds()) {
                columns = new HeldColumns(
                        pending.series(series, origin.source(), origin.exportedAt(), origin.importId()));
                heldSinks.add(columns);
            }
            return columns;
        }

        private void afterRow(SeriesSink sink) {
            if (sink == columns) {
                afterHolding(series);
            }
        }
    }

    /**
     * A series' rows set aside as numbers once the write's buffer was full: the series and
     * provenance ids are found once, each row then only appended.
     */
    private final class UnsortedSeries implements SeriesSink {

        private final long seriesId;
        private final long provenanceId;

        UnsortedSeries(SeriesKey series, ObservationOrigin origin) {
            try {
                this.seriesId = seriesIds.idOf(series);
                this.provenanceId = provenanceIds.idOf(origin);
            } catch (SQLException e) {
                throw fail(e);
            }
        }

        @Override
        public void accept(Window window, long value, long line) {
            fillKey(window, line);
            row.whole = true;
            row.wholeValue = value;
            row.currency = null;
            setAside();
        }

        @Override
        public void accept(Window window, Amount value, long line) {
            Objects.requireNonNull(value, "value is null");
            fillKey(window, line);
            fillValue(value.interval(), value.currency());
            setAside();
        }

        /** Everything but the value; the window's conversion also refuses one the store cannot keep. */
        private void fillKey(Window window, long line) {
            row.seriesId = seriesId;
            row.windowStart = EpochNanos.of(window.start());
            row.windowEnd = EpochNanos.of(window.end());
            row.seq = written++;
            row.provenanceId = provenanceId;
            row.line = line;
        }
    }

    /** A series' columns in a buffer, as the sink its rows go to while they are held. */
    private static final class HeldColumns implements SeriesSink {

        /** Null once the buffer was written. */
        private ObservationBuffer.ColumnsOfSeries held;

        HeldColumns(ObservationBuffer.ColumnsOfSeries held) {
            this.held = held;
        }

        boolean holds() {
            return held != null;
        }

        void letGo() {
            held = null;
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
        /**
         * Rows set aside at most before they are sorted into a run, about 36 MB: runs only need to
         * be few enough to merge (each costs a 64 KB read buffer), and a file in no order over
         * millions of keys leaves its reader's coverage of each series in many pieces meanwhile,
         * which needs the heap more.
         */
        static final long MAX_SET_ASIDE = 1 << 19;
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
