package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimSource;
import dev.reckon.store.codec.Connections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims added beside one dossier's own, in the {@code claim} table of the shared database. Each
 * change is one short transaction that also raises the dossier's {@code version}, as any commit to
 * SQLite's file changes its {@code data_version}: a reader's cache of the dossier (another process,
 * another server) then sees the claim. Reads see the last committed state.
 */
public final class PostgresClaimStore implements ClaimStore {

    private static final String COLUMNS = "id, text, check_text, source_who, source_where, source_when";

    private final PostgresDatabase database;
    private final long dossierId;
    private final Connection connection;

    private PostgresClaimStore(PostgresDatabase database, long dossierId, Connection connection) {
        this.database = database;
        this.dossierId = dossierId;
        this.connection = connection;
    }

    /** Opens the claims of the dossier called {@code dossier}, bringing the schema up to date first. */
    public static PostgresClaimStore open(PostgresLocation location, String dossier) {
        Objects.requireNonNull(dossier, "dossier is null");
        PostgresDatabase database = new PostgresDatabase(location, PostgresDatabase.DEFAULT_LOCK_TIMEOUT);
        database.prepare();
        long dossierId = database.dossierId(dossier);
        try {
            return new PostgresClaimStore(database, dossierId, database.connect());
        } catch (SQLException e) {
            throw database.failure("opening the claims of " + dossier, e);
        }
    }

    @Override
    public synchronized List<Claim> list() {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM claim WHERE dossier_id = ? ORDER BY id COLLATE \"C\"")) {
            select.setLong(1, dossierId);
            List<Claim> claims = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claims.add(claim(rows));
                }
            }
            return claims;
        } catch (SQLException e) {
            throw database.failure("listing the claims", e);
        }
    }

    @Override
    public synchronized Optional<Claim> get(String id) {
        Objects.requireNonNull(id, "id is null");
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM claim WHERE dossier_id = ? AND id = ?")) {
            select.setLong(1, dossierId);
            select.setString(2, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(claim(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("reading the claim " + id, e);
        }
    }

    @Override
    public synchronized void put(Claim claim) {
        Objects.requireNonNull(claim, "claim is null");
        change("keeping the claim " + claim.id(), "INSERT INTO claim (dossier_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_id, id) DO UPDATE SET text = excluded.text,"
                + " check_text = excluded.check_text, source_who = excluded.source_who,"
                + " source_where = excluded.source_where, source_when = excluded.source_when", upsert -> {
            upsert.setString(2, claim.id());
            upsert.setString(3, claim.text());
            upsert.setString(4, claim.check());
            upsert.setString(5, claim.source().map(ClaimSource::who).orElse(null));
            upsert.setString(6, claim.source().map(ClaimSource::where).orElse(null));
            upsert.setString(7, claim.source().map(ClaimSource::when).orElse(null));
        });
    }

    @Override
    public synchronized boolean delete(String id) {
        Objects.requireNonNull(id, "id is null");
        return change("removing the claim " + id, "DELETE FROM claim WHERE dossier_id = ? AND id = ?",
                delete -> delete.setString(2, id)) > 0;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs {@code sql} (the dossier's id its first parameter) and, when it changed a row, raises the
     * dossier's version, both in one transaction: a reader never sees the claim without the new version.
     */
    private int change(String doing, String sql, Binder binder) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, dossierId);
                binder.bind(statement);
                int changed = statement.executeUpdate();
                if (changed > 0) {
                    Sources.bumpVersion(connection, dossierId);
                }
                connection.commit();
                return changed;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw database.failure(doing, e);
        }
    }

    @Override
    public synchronized void close() {
        Connections.closeQuietly(connection);
    }

    private static Claim claim(ResultSet row) throws SQLException {
        String who = row.getString(4);
        Optional<ClaimSource> source = who == null ? Optional.empty()
                : Optional.of(new ClaimSource(who, row.getString(5), row.getString(6)));
        return new Claim(row.getString(1), row.getString(2), row.getString(3), source);
    }
}
