package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.store.codec.Connections;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ClaimStore} in the same SQLite file as the observations (its {@code claim} table). Each
 * change is one short transaction of its own; reads see the last committed state.
 */
public final class SqliteClaimStore implements ClaimStore, AutoCloseable {

    private static final String COLUMNS = "id, text, check_text, source_who, source_where, source_when";

    private final StoreFile file;
    private final Connection reader;

    private SqliteClaimStore(StoreFile file, Connection reader) {
        this.file = file;
        this.reader = reader;
    }

    /** Opens the claims of the store in {@code file}, creating or migrating it as {@link SqliteObservationStore#open} does. */
    public static SqliteClaimStore open(Path file) {
        return open(file, SqliteObservationStore.DEFAULT_BUSY_TIMEOUT);
    }

    public static SqliteClaimStore open(Path file, Duration busyTimeout) {
        Objects.requireNonNull(file, "file is null");
        // Opening the observation store creates the folders and brings the schema up to date.
        SqliteObservationStore.open(file, busyTimeout).close();
        StoreFile store = new StoreFile(file.toAbsolutePath().normalize(), busyTimeout);
        try {
            return new SqliteClaimStore(store, store.reader());
        } catch (SQLException e) {
            throw store.failure("opening the claims", e);
        }
    }

    @Override
    public synchronized List<Claim> list() {
        try (PreparedStatement statement = reader.prepareStatement("SELECT " + COLUMNS + " FROM claim ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            List<Claim> claims = new ArrayList<>();
            while (rows.next()) {
                claims.add(claim(rows));
            }
            return claims;
        } catch (SQLException e) {
            throw file.failure("listing the claims", e);
        }
    }

    @Override
    public synchronized Optional<Claim> get(String id) {
        Objects.requireNonNull(id, "id is null");
        try (PreparedStatement statement = reader.prepareStatement("SELECT " + COLUMNS + " FROM claim WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(claim(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw file.failure("reading the claim " + id, e);
        }
    }

    @Override
    public void put(Claim claim) {
        Objects.requireNonNull(claim, "claim is null");
        write("keeping the claim " + claim.id(), "INSERT OR REPLACE INTO claim (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, claim.id());
            statement.setString(2, claim.text());
            statement.setString(3, claim.check());
            statement.setString(4, claim.source().map(ClaimSource::who).orElse(null));
            statement.setString(5, claim.source().map(ClaimSource::where).orElse(null));
            statement.setString(6, claim.source().map(ClaimSource::when).orElse(null));
        });
    }

    @Override
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id is null");
        return write("removing the claim " + id, "DELETE FROM claim WHERE id = ?", s -> s.setString(1, id)) > 0;
    }

    @Override
    public synchronized void close() {
        Connections.closeQuietly(reader);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int write(String doing, String sql, Binder binder) {
        try (Connection writer = file.writer(); PreparedStatement statement = writer.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw file.failure(doing, e);
        }
    }

    private static Claim claim(ResultSet row) throws SQLException {
        String who = row.getString(4);
        Optional<ClaimSource> source = who == null ? Optional.empty()
                : Optional.of(new ClaimSource(who, row.getString(5), row.getString(6)));
        return new Claim(row.getString(1), row.getString(2), row.getString(3), source);
    }
}
