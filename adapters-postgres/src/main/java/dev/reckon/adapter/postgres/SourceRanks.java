package dev.reckon.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The place of each of a dossier's sources in import order (earlier first, then by name, byte by
 * byte), kept for the dossier version it was read at: every import and removal raises the version,
 * so a kept order is right exactly while the version is the one a read sees. Lets the server send a
 * series' rows in its index's order, unsorted, and the reader put them in source order.
 */
final class SourceRanks {

    private final Connection reader;
    private final long dossierId;
    private final Map<Long, Integer> ranks = new HashMap<>();
    private long version = -1;

    SourceRanks(Connection reader, long dossierId) {
        this.reader = reader;
        this.dossierId = dossierId;
    }

    /** Reads the order again unless it was read at {@code seenVersion}, in the reader's transaction. */
    void at(long seenVersion) throws SQLException {
        if (seenVersion == version) {
            return;
        }
        ranks.clear();
        try (PreparedStatement select = reader.prepareStatement("SELECT id FROM source WHERE dossier_id = ?"
                + " ORDER BY imported_at, name COLLATE \"C\"")) {
            select.setLong(1, dossierId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ranks.put(rows.getLong(1), ranks.size());
                }
            }
        }
        version = seenVersion;
    }

    /** The place of source {@code sourceId}, which the version read last knows. */
    int of(long sourceId) throws SQLException {
        Integer rank = ranks.get(sourceId);
        if (rank == null) {
            throw new SQLException("the source " + sourceId + " a row names is missing", "XX000");
        }
        return rank;
    }
}
