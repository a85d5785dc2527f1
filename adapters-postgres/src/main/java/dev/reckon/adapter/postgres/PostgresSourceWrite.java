package dev.reckon.adapter.postgres;

import dev.reckon.adapter.postgres.StagingTables.Table;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.post.Post;
import dev.reckon.store.codec.Connections;
import dev.reckon.store.codec.EpochNanos;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One source's import as one PostgreSQL transaction on a connection of its own: it takes the
 * dossier's advisory lock, deletes what the source contributed before, streams the reader's rows
 * with {@code COPY} into staging tables as they come, and at commit merges them into the store's
 * tables ({@link StagedMerge}) and stores the record. Closed before that, or with the process
 * killed, the transaction is rolled back and readers never saw any of it.
 */
final class PostgresSourceWrite implements SourceWrite {

    private enum State { OPEN, COMMITTED, CLOSED, FAILED }

    private record Origin(String source, Optional<Instant> exportedAt, String importId) {
    }

    private final PostgresDatabase database;
    private final String source;
    private final Connection connection;
    private final long dossierId;
    private final long sourceId;
    private final StagingTables staging;
    private final Map<SeriesKey, Integer> series = new HashMap<>();
    private final Map<Origin, Integer> origins = new HashMap<>();
    private SeriesKey lastSeries;
    private int lastSeriesLocal;
    /** The position of the next row among the source's rows. */
    private long written;
    private State state = State.OPEN;

    private PostgresSourceWrite(PostgresDatabase database, String source, Connection connection, long dossierId,
                                long sourceId, StagingTables staging) {
        this.database = database;
        this.source = source;
        this.connection = connection;
        this.dossierId = dossierId;
        this.sourceId = sourceId;
        this.staging = staging;
    }

    /** Takes the dossier's write lock (waiting up to the lock timeout) and clears the source's previous rows. */
    static PostgresSourceWrite begin(PostgresDatabase database, long dossierId, String source) {
        Connection connection = null;
        try {
            connection = database.connect();
            connection.setAutoCommit(false);
            Sources.lockDossier(connection, dossierId);
            long sourceId = Sources.claim(connection, dossierId, source);
            Sources.deleteContribution(connection, dossierId, sourceId);
            return new PostgresSourceWrite(database, source, connection, dossierId, sourceId,
                    StagingTables.create(connection));
        } catch (SQLException e) {
            Connections.closeQuietly(connection);
            throw database.failure("importing " + source, e);
        }
    }

    @Override
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation is null");
        ensureOpen();
        long start = EpochNanos.of(observation.window().start());
        long end = EpochNanos.of(observation.window().end());
        Interval value = observation.value();
        stage(() -> staging.into(Table.OBSERVATION)
                .field(seriesLocal(observation.seriesKey())).field(start).field(end).field(written++)
                .field(text(value.lo())).field(text(value.hi()))
                .field(observation.currency().map(Currency::getCurrencyCode).orElse(null))
                .field(originLocal(observation.provenance()))
                .field(observation.provenance().line().orElse(0)) // the column keeps 0 for no line
                .endRow());
    }

    @Override
    public void cover(Coverage coverage) {
        Objects.requireNonNull(coverage, "coverage is null");
        ensureOpen();
        long start = EpochNanos.of(coverage.window().start());
        long end = EpochNanos.of(coverage.window().end());
        stage(() -> staging.into(Table.COVERAGE).field(seriesLocal(coverage.series())).field(start).field(end)
                .field(coverage.source()).field(written++).endRow());
    }

    @Override
    public void post(Post post) {
        Objects.requireNonNull(post, "post is null");
        ensureOpen();
        long created = EpochNanos.of(post.created());
        stage(() -> staging.into(Table.POST).field(post.platform().id()).field(post.id().id()).field(written++)
                .field(post.subject().id()).field(created).field(post.type().orElse(null))
                .field(post.permalink().orElse(null)).field(post.preview().orElse(null))
                .field(PostValuesJson.write(post.values())).field(originLocal(post.provenance()))
                .field(post.provenance().line().orElse(0)).endRow());
    }

    private interface StagedRow {
        void write() throws SQLException;
    }

    /** Writes one row into the staging tables; a failure fails the whole write. */
    private void stage(StagedRow row) {
        try {
            row.write();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The write's own number for {@code key}: rows of one series usually come together, so a run skips the map. */
    private int seriesLocal(SeriesKey key) {
        if (!key.equals(lastSeries)) {
            lastSeriesLocal = series.computeIfAbsent(key, k -> series.size() + 1);
            lastSeries = key;
        }
        return lastSeriesLocal;
    }

    private int originLocal(Provenance provenance) {
        return origins.computeIfAbsent(new Origin(provenance.source(), provenance.exportedAt(), provenance.importId()),
                origin -> origins.size() + 1);
    }

    @Override
    public void commit(SourceRecord record) {
        SourceRecord.checkEndsWriteOf(source, record);
        ensureOpen();
        try {
            stageKeys();
            staging.finish();
            new StagedMerge(connection, dossierId, sourceId).run();
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

    /** Sends the series keys and provenance the rows named by their local numbers. */
    private void stageKeys() throws SQLException {
        CopyRows keys = staging.into(Table.SERIES);
        for (Map.Entry<SeriesKey, Integer> entry : series.entrySet()) {
            SeriesKey key = entry.getKey();
            keys.field(entry.getValue()).field(key.subject().id()).field(key.platform().id()).field(key.metric().value())
                    .field(key.segment().key()).field(key.segment().value()).endRow();
        }
        CopyRows provenance = staging.into(Table.PROVENANCE);
        for (Map.Entry<Origin, Integer> entry : origins.entrySet()) {
            Origin origin = entry.getKey();
            provenance.field(entry.getValue()).field(origin.source())
                    .field(origin.exportedAt().map(at -> Long.toString(EpochNanos.of(at))).orElse(null))
                    .field(origin.importId()).endRow();
        }
    }

    @Override
    public void close() {
        if (state == State.OPEN) {
            state = State.CLOSED;
            staging.abandon();
            // Closing a connection inside a transaction rolls the transaction back.
            Connections.closeQuietly(connection);
        }
    }

    private RuntimeException fail(SQLException e) {
        state = State.FAILED;
        staging.abandon();
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

}
