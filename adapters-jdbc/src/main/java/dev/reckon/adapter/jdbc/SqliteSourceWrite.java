package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One source's import as one SQLite transaction on a connection of its own: it starts by taking the
 * write lock and deleting what the source contributed before, adds rows in batches, and either
 * commits everything or, when closed first (or killed), leaves the file as it was.
 */
final class SqliteSourceWrite implements SourceWrite {

    /** Rows sent to SQLite at once; large enough to amortise the call, small enough to stay in cache. */
    private static final int BATCH_SIZE = 4096;

    private enum State { OPEN, COMMITTED, CLOSED, FAILED }

    private final StoreFile file;
    private final SourceRecord record;
    private final Connection connection;
    private final long sourceId;
    private final SeriesIds seriesIds;
    private final ProvenanceIds provenanceIds;
    private final PreparedStatement insertObservation;
    private final PreparedStatement insertCoverage;
    /** Rows written so far: the next row's position among the source's rows. */
    private long written;
    private int pendingObservations;
    private int pendingCoverage;
    private State state = State.OPEN;

    private SqliteSourceWrite(StoreFile file, SourceRecord record, Connection connection, long sourceId)
            throws SQLException {
        this.file = file;
        this.record = record;
        this.connection = connection;
        this.sourceId = sourceId;
        this.seriesIds = new SeriesIds(connection, sourceId);
        this.provenanceIds = new ProvenanceIds(connection, sourceId);
        // A later row with the same key updates the earlier one but keeps its seq, so its position.
        this.insertObservation = connection.prepareStatement("INSERT INTO observation (series_id, window_start,"
                + " window_end, source_id, seq, value_lo, value_hi, currency, provenance_id, line)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (series_id, window_start, window_end, source_id) DO UPDATE SET"
                + " value_lo = excluded.value_lo, value_hi = excluded.value_hi, currency = excluded.currency,"
                + " provenance_id = excluded.provenance_id, line = excluded.line");
        this.insertCoverage = connection.prepareStatement("INSERT INTO coverage"
                + " (series_id, window_start, window_end, source_id, declared_by, seq) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING");
    }

    /** Takes the write lock (waiting up to the busy timeout) and clears the source's previous rows. */
    static SqliteSourceWrite begin(StoreFile file, SourceRecord record) {
        Connection connection = null;
        try {
            connection = file.writer();
            connection.setAutoCommit(false);
            long sourceId = SourceTable.claim(connection, record);
            SourceTable.deleteContribution(connection, sourceId);
            return new SqliteSourceWrite(file, record, connection, sourceId);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw file.failure("importing " + record.source(), e);
        }
    }

    @Override
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation is null");
        ensureOpen();
        try {
            insertObservation.setLong(1, seriesIds.idOf(observation.seriesKey()));
            insertObservation.setLong(2, EpochNanos.of(observation.window().start()));
            insertObservation.setLong(3, EpochNanos.of(observation.window().end()));
            insertObservation.setLong(4, sourceId);
            insertObservation.setLong(5, written++);
            Interval value = observation.value();
            String lo = text(value.lo());
            insertObservation.setString(6, lo);
            insertObservation.setString(7, value.isExact() ? lo : text(value.hi()));
            insertObservation.setString(8, observation.currency().map(Currency::getCurrencyCode).orElse(null));
            insertObservation.setLong(9, provenanceIds.idOf(observation.provenance()));
            insertObservation.setLong(10, observation.provenance().line());
            insertObservation.addBatch();
            if (++pendingObservations == BATCH_SIZE) {
                flushObservations();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
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
            if (++pendingCoverage == BATCH_SIZE) {
                flushCoverage();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void commit() {
        ensureOpen();
        try {
            flushObservations();
            flushCoverage();
            connection.setAutoCommit(true);
            state = State.COMMITTED;
        } catch (SQLException e) {
            throw fail(e);
        } finally {
            closeQuietly(connection);
        }
    }

    @Override
    public void close() {
        if (state == State.OPEN) {
            state = State.CLOSED;
            // Closing a connection inside a transaction rolls the transaction back.
            closeQuietly(connection);
        }
    }

    private void flushObservations() throws SQLException {
        if (pendingObservations > 0) {
            insertObservation.executeBatch();
            pendingObservations = 0;
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
        closeQuietly(connection);
        return file.failure("importing " + record.source(), e);
    }

    private void ensureOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the write of '" + record.source() + "' is already "
                    + state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** An exact decimal without exponent, or null for an unbounded end. */
    private static String text(Optional<BigDecimal> end) {
        return end.map(BigDecimal::toPlainString).orElse(null);
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing only releases the connection; a failure here leaves nothing to undo.
        }
    }
}
