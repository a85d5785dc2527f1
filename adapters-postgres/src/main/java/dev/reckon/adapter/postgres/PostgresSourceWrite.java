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
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * in time order, with {@code COPY}. The first rows sent go straight into {@code observation}: the
 * source's earlier rows were deleted and its id is part of the key, so no stored row can have their
 * keys, and the primary key grows by appending. Rows sent later may repeat a key sent before, so they
 * go through a staging table and an upsert that keeps the earlier row's position ({@link StagedMerge}).
 */
final class PostgresSourceWrite implements SourceWrite {

    private enum State { OPEN, COMMITTED, CLOSED, FAILED }

    /** What one held observation takes in its buffer's columns, with room for their growth. */
    private static final long BYTES_PER_HELD_OBSERVATION = 64;
    /** Held at least, whatever the heap: a few hundred days of a thousand series, about 16 MB. */
    private static final long MIN_HELD = 1 << 18;
    /** Held at most, about 256 MB: the history of four million keys. */
    private static final long MAX_HELD = 1 << 22;

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
    /** Whether observations were sent already, so later ones may repeat a key. */
    private boolean sentObservations;
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

    /** Fails at once, not when the rows are sent, for a window the store cannot keep. */
    private static void requireStorable(Window window) {
        EpochNanos.of(window.start());
        EpochNanos.of(window.end());
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
     * series get ascending ids in the order they came), and starts holding anew.
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
        boolean staged = sentObservations;
        for (SeriesColumns columns : bySeries) {
            sendSeries(columns, staged);
        }
        if (staged) {
            copies.finish();
            merge.upsertStagedObservations();
        }
        sentObservations |= !bySeries.isEmpty();
        for (Coverage window : coverage) {
            copies.into(Table.STAGED_COVERAGE).field(series.idOf(window.series()))
                    .field(EpochNanos.of(window.window().start())).field(EpochNanos.of(window.window().end()))
                    .field(window.source()).field(written++).endRow();
        }
    }

    /**
     * Sends one series' held rows in key order (time order, which they almost always came in), each
     * with its position among the source's rows in the order its window first came.
     */
    private void sendSeries(SeriesColumns columns, boolean staged) throws SQLException {
        long seriesId = series.idOf(columns.key());
        List<Observation> observations = columns.observations();
        int count = observations.size();
        Observation[] rows = new Observation[count];
        long[] starts = new long[count];
        long[] ends = new long[count];
        boolean inKeyOrder = true;
        for (int i = 0; i < count; i++) {
            rows[i] = observations.get(i);
            starts[i] = EpochNanos.of(rows[i].window().start());
            ends[i] = EpochNanos.of(rows[i].window().end());
            inKeyOrder &= i == 0 || starts[i - 1] < starts[i] || starts[i - 1] == starts[i] && ends[i - 1] < ends[i];
        }
        long firstSeq = written;
        written += count;
        Integer[] order = inKeyOrder ? null : keyOrder(starts, ends);
        for (int k = 0; k < count; k++) {
            int i = order == null ? k : order[k];
            Observation row = rows[i];
            long provenance = provenances.idOf(row.provenance(), copies);
            CopyRows copy = staged ? copies.into(Table.STAGED_OBSERVATION)
                    : copies.into(Table.OBSERVATION).field(dossierId);
            copy.field(seriesId).field(starts[i]).field(ends[i]);
            if (!staged) {
                copy.field(sourceId);
            }
            Interval value = row.value();
            String lo = text(value.lo());
            copy.field(firstSeq + i).field(lo).field(value.isExact() ? lo : text(value.hi()))
                    .field(row.currency().map(Currency::getCurrencyCode).orElse(null)).field(provenance)
                    .field(row.provenance().line().orElse(0)) // the column keeps 0 for no line
                    .endRow();
        }
    }

    private static Integer[] keyOrder(long[] starts, long[] ends) {
        Integer[] order = new Integer[starts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> starts[i]).thenComparingLong(i -> ends[i]));
        return order;
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
