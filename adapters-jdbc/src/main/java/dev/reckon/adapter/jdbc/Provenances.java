package dev.reckon.adapter.jdbc;

import dev.reckon.domain.observation.Provenance;
import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The provenance rows a read of posts meets, each read once: a source's posts share one or two. */
final class Provenances {

    private final Connection reader;
    private final Map<Long, Provenance> known = new HashMap<>();
    private long lastId = -1;
    private Provenance last;

    Provenances(Connection reader) {
        this.reader = reader;
    }

    /** Provenance {@code id} at {@code line} (0 for none). */
    Provenance of(long id, long line) throws SQLException {
        if (id != lastId) {
            last = shared(id);
            lastId = id;
        }
        return new Provenance(last.source(), line, last.exportedAt(), last.importId());
    }

    private Provenance shared(long id) throws SQLException {
        Provenance found = known.get(id);
        if (found != null) {
            return found;
        }
        try (PreparedStatement select = reader.prepareStatement(
                "SELECT source, exported_at, import_id FROM provenance WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("a post refers to provenance " + id + ", which the store does not hold");
                }
                long exportedAt = row.getLong(2);
                Optional<Instant> exported = row.wasNull() ? Optional.empty()
                        : Optional.of(EpochNanos.toInstant(exportedAt));
                found = new Provenance(row.getString(1), 0, exported, row.getString(3));
            }
        }
        known.put(id, found);
        return found;
    }
}
