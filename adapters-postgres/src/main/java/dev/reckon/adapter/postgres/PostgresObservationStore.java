package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.ObservationQuery;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.store.codec.Connections;
import dev.reckon.store.codec.ReadConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * One dossier's {@link ObservationStore} in a PostgreSQL database that many dossiers and processes
 * share. Each {@link SourceWrite} is one transaction on a connection of its own; two writes of the
 * same dossier take turns on its advisory lock, writes of different dossiers run side by side.
 * Reads go through one connection, each in a repeatable-read transaction of its own, so one
 * {@code find} sees observations and coverage of the same commit and never a write in progress.
 */
public final class PostgresObservationStore implements ObservationStore {

    /** The first key of the store's advisory locks, so they cannot meet another program's on the same database. */
    static final int LOCK_CLASS = 0x52434B4E;

    private final PostgresDatabase database;
    private final long dossierId;
    private final Connection reader;
    /** Runs each read in a transaction of its own, ended at once. */
    private final ReadConnection reading;
    private final DossierReads reads;
    /** Observations a write holds before sending them ({@link PostgresSourceWrite}). */
    private final long heldAtMost;

    private PostgresObservationStore(PostgresDatabase database, long dossierId, Connection reader, long heldAtMost) {
        this.database = database;
        this.dossierId = dossierId;
        this.reader = reader;
        this.heldAtMost = heldAtMost;
        this.reading = new ReadConnection(reader, database.location().toString(), database::failure);
        this.reads = new DossierReads(reader, dossierId);
    }

    /**
     * Opens the dossier called {@code dossier} in the database at {@code location}, bringing the
     * database's schema up to date first.
     *
     * @throws ObservationStoreException when the database cannot be reached, refuses the login, or
     *                                   was written by a newer Reckon
     */
    public static PostgresObservationStore open(PostgresLocation location, String dossier) {
        return open(location, dossier, PostgresDatabase.DEFAULT_LOCK_TIMEOUT);
    }

    /** {@link #open(PostgresLocation, String)}, a write waiting up to {@code lockTimeout} for another. */
    public static PostgresObservationStore open(PostgresLocation location, String dossier, Duration lockTimeout) {
        return open(location, dossier, lockTimeout, PostgresSourceWrite.DEFAULT_HELD);
    }

    /** {@link #open(PostgresLocation, String, Duration)}, each write holding up to {@code heldAtMost} observations. */
    static PostgresObservationStore open(PostgresLocation location, String dossier, Duration lockTimeout,
                                         long heldAtMost) {
        Objects.requireNonNull(dossier, "dossier is null");
        PostgresDatabase database = new PostgresDatabase(location, lockTimeout);
        database.prepare();
        long dossierId = database.dossierId(dossier);
        Connection reader = null;
        try {
            reader = database.connect();
            reader.setAutoCommit(false);
            reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            reader.setReadOnly(true);
            return new PostgresObservationStore(database, dossierId, reader, heldAtMost);
        } catch (SQLException e) {
            Connections.closeQuietly(reader);
            throw database.failure("opening the dossier " + dossier, e);
        }
    }

    @Override
    public SourceWrite replaceSource(String source) {
        Objects.requireNonNull(source, "source is null");
        return PostgresSourceWrite.begin(database, dossierId, source, heldAtMost);
    }

    @Override
    public void removeSource(String source) {
        Objects.requireNonNull(source, "source is null");
        try (Connection writer = database.connect()) {
            writer.setAutoCommit(false);
            Sources.lockDossier(writer, dossierId);
            OptionalLong id = Sources.idOf(writer, dossierId, source);
            if (id.isPresent()) {
                Sources.deleteContribution(writer, dossierId, id.getAsLong());
                Sources.deleteRecord(writer, dossierId, id.getAsLong());
                Sources.bumpVersion(writer, dossierId);
            }
            writer.commit();
        } catch (SQLException e) {
            throw database.failure("removing " + source, e);
        }
    }

    @Override
    public synchronized SeriesData find(SeriesKey key) {
        Objects.requireNonNull(key, "key is null");
        return read(() -> "reading " + key, () -> reads.find(key));
    }

    @Override
    public synchronized List<SourceRecord> sources() {
        return read(() -> "listing the imported files", () -> Sources.all(reader, dossierId));
    }

    @Override
    public synchronized Optional<SourceRecord> source(String source) {
        Objects.requireNonNull(source, "source is null");
        return read(() -> "reading the record of " + source, () -> Sources.find(reader, dossierId, source));
    }

    @Override
    public synchronized ObservationPage list(ObservationQuery query) {
        Objects.requireNonNull(query, "query is null");
        return read(() -> "listing observations", () -> reads.list(query));
    }

    @Override
    public synchronized List<Post> posts(PostFilter filter) {
        Objects.requireNonNull(filter, "filter is null");
        return read(() -> "reading posts", () -> reads.posts(filter));
    }

    /** Read without building whole posts: the server picks the metric's value out of each post's values. */
    @Override
    public synchronized List<PostMetricValue> postValues(PostFilter filter) {
        Objects.requireNonNull(filter, "filter is null");
        filter.requiredMetric();
        return read(() -> "reading posts' values", () -> reads.postValues(filter));
    }

    @Override
    public synchronized List<SeriesKey> seriesKeys() {
        return read(() -> "listing the series", reads::seriesKeys);
    }

    @Override
    public synchronized Set<String> segmentKeys() {
        return read(() -> "reading the segment keys", reads::segmentKeys);
    }

    @Override
    public synchronized Map<String, SortedSet<String>> segmentValues() {
        return read(() -> "reading the segment values", reads::segmentValues);
    }

    /** The dossier's own counter, raised by every write and removal that commits, in any process. */
    @Override
    public synchronized long version() {
        return read(() -> "reading the store's version", reads::version);
    }

    /** Closes the reading connection; writes still open keep their own until they end. */
    @Override
    public synchronized void close() {
        reading.close();
    }

    private <T> T read(Supplier<String> doing, ReadConnection.Query<T> query) {
        return reading.read(doing, query);
    }
}
