package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.FileStamp;
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
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * An {@link ObservationStore} in one SQLite file, shared safely by several processes.
 *
 * <p>Each {@link SourceWrite} is one transaction on a connection of its own, so a write is all or
 * nothing even when the process is killed; reads go through one connection in WAL mode and see the
 * last committed state, never a write in progress. Writers take turns: one that finds another
 * process writing waits up to the busy timeout, then fails with an {@link ObservationStoreException}
 * that says so. A second write opened from the same thread while one is open waits the same way,
 * so finish one source before starting the next.
 */
public final class SqliteObservationStore implements ObservationStore, AutoCloseable {

    /** How long a write waits for another process's write to finish before it gives up. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);

    private final StoreFile file;
    private final Connection reader;
    /** Runs each read in a transaction of its own, ended at once. */
    private final ReadConnection reading;
    private final SeriesReader series;
    /** How a write holds observations before writing them. */
    private final SqliteSourceWrite.Holding holding;

    private SqliteObservationStore(StoreFile file, Connection reader, SqliteSourceWrite.Holding holding)
            throws SQLException {
        this.holding = holding;
        this.file = file;
        this.reader = reader;
        this.reading = new ReadConnection(reader, file.path().toString(), file::failure);
        this.series = new SeriesReader(reader);
    }

    /** Opens the store in {@code file}, creating it and its folders if needed; see {@link #open(Path, Duration)}. */
    public static SqliteObservationStore open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /**
     * Opens the store in {@code file}, creating the file and its folders if needed and bringing an
     * older file's schema up to date.
     *
     * @throws NewerStoreVersionException when a newer Reckon wrote the file
     * @throws ObservationStoreException  when the file cannot be created, opened or migrated
     */
    public static SqliteObservationStore open(Path file, Duration busyTimeout) {
        return open(file, busyTimeout, SqliteSourceWrite.Holding.DEFAULT);
    }

    /** {@link #open(Path, Duration)}, with writes that hold observations as {@code holding} says. */
    static SqliteObservationStore open(Path file, Duration busyTimeout, SqliteSourceWrite.Holding holding) {
        Objects.requireNonNull(file, "file is null");
        StoreFile store = new StoreFile(file.toAbsolutePath().normalize(), busyTimeout);
        createFolders(store.path());
        try (Connection writer = store.writer()) {
            Schema.prepare(writer, store);
        } catch (SQLException e) {
            throw store.failure("opening the store", e);
        }
        Connection reader = null;
        try {
            reader = store.reader();
            // Reads run in transactions so that one find sees observations and coverage of the same commit.
            reader.setAutoCommit(false);
            return new SqliteObservationStore(store, reader, holding);
        } catch (SQLException e) {
            Connections.closeQuietly(reader);
            throw store.failure("opening the store", e);
        }
    }

    private static void createFolders(Path file) {
        Path folder = file.getParent();
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new ObservationStoreException("cannot create the folder " + folder + " for the store: permission denied", e);
        } catch (FileAlreadyExistsException e) {
            throw new ObservationStoreException("cannot create the folder " + folder + " for the store: "
                    + e.getFile() + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new ObservationStoreException("cannot create the folder " + folder + " for the store: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return file.path();
    }

    @Override
    public SourceWrite replaceSource(String source) {
        Objects.requireNonNull(source, "source is null");
        return SqliteSourceWrite.begin(file, source, holding);
    }

    @Override
    public void removeSource(String source) {
        Objects.requireNonNull(source, "source is null");
        try (Connection writer = file.writer()) {
            writer.setAutoCommit(false);
            OptionalLong id = SourceTable.idOf(writer, source);
            if (id.isPresent()) {
                SourceTable.deleteContribution(writer, id.getAsLong());
                SourceTable.deleteRecord(writer, id.getAsLong());
            }
            writer.setAutoCommit(true);
        } catch (SQLException e) {
            throw file.failure("removing " + source, e);
        }
    }

    /** One short write of the record alone, in a transaction of its own. */
    @Override
    public void restamp(String source, FileStamp stamp) {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(stamp, "stamp is null");
        try (Connection writer = file.writer()) {
            SourceTable.restamp(writer, source, stamp);
        } catch (SQLException e) {
            throw file.failure("stamping the record of " + source, e);
        }
    }

    @Override
    public synchronized SeriesData find(SeriesKey key) {
        Objects.requireNonNull(key, "key is null");
        return read(() -> "reading " + key, () -> series.find(key));
    }

    @Override
    public synchronized List<SourceRecord> sources() {
        return read(() -> "listing the imported files", () -> SourceTable.all(reader));
    }

    @Override
    public synchronized Optional<SourceRecord> source(String source) {
        Objects.requireNonNull(source, "source is null");
        return read(() -> "reading the record of " + source, () -> SourceTable.find(reader, source));
    }

    @Override
    public synchronized ObservationPage list(ObservationQuery query) {
        Objects.requireNonNull(query, "query is null");
        return read(() -> "listing observations", () -> ObservationLister.list(reader, query));
    }

    @Override
    public synchronized List<Post> posts(PostFilter filter) {
        Objects.requireNonNull(filter, "filter is null");
        return read(() -> "reading posts", () -> PostReader.posts(reader, filter));
    }

    @Override
    public synchronized List<PostMetricValue> postValues(PostFilter filter) {
        Objects.requireNonNull(filter, "filter is null");
        filter.requiredMetric();
        return read(() -> "reading posts' values", () -> PostReader.values(reader, filter));
    }

    @Override
    public synchronized List<SeriesKey> seriesKeys() {
        return read(() -> "listing the series", () -> PostReader.seriesKeys(reader));
    }

    @Override
    public synchronized Set<String> segmentKeys() {
        return read(() -> "reading the segment keys", () -> SourceTable.segmentKeys(reader));
    }

    @Override
    public synchronized Map<String, SortedSet<String>> segmentValues() {
        return read(() -> "reading the segment values", () -> SourceTable.segmentValues(reader));
    }

    /**
     * SQLite's {@code data_version} of the reading connection: every write commits on a connection of
     * its own, in this process or another, and each one changes it.
     */
    @Override
    public synchronized long version() {
        return read(() -> "reading the store's version", () -> {
            try (Statement statement = reader.createStatement();
                 ResultSet version = statement.executeQuery("PRAGMA data_version")) {
                version.next();
                return version.getLong(1);
            }
        });
    }

    /** Closes the store's reading connection; writes still open keep their own until they end. */
    @Override
    public synchronized void close() {
        reading.close();
    }

    private <T> T read(Supplier<String> doing, ReadConnection.Query<T> query) {
        return reading.read(doing, query);
    }
}
