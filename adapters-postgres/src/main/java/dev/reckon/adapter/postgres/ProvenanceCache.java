package dev.reckon.adapter.postgres;

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

/**
 * The provenances of one dossier (source, export time, import id) by id, read on first use and kept:
 * a provenance row never changes, and its id is never given to another (ids come from a sequence),
 * so a kept one is either still right or no longer referred to. A dossier has one or a few per
 * imported file.
 */
final class ProvenanceCache {

    private record Origin(String source, Optional<Instant> exportedAt, String importId) {
    }

    private final Connection reader;
    private final long dossierId;
    private final Map<Long, Origin> origins = new HashMap<>();
    /** The one found last: a series' rows mostly share one, and the map's key would be a new Long each time. */
    private Origin last;
    private long lastId;

    ProvenanceCache(Connection reader, long dossierId) {
        this.reader = reader;
        this.dossierId = dossierId;
    }

    /** The provenance with id {@code id}, at {@code line}. */
    Provenance of(long id, long line) throws SQLException {
        if (last == null || id != lastId) {
            Origin origin = origins.get(id);
            if (origin == null) {
                origin = read(id);
                origins.put(id, origin);
            }
            last = origin;
            lastId = id;
        }
        return new Provenance(last.source(), line, last.exportedAt(), last.importId());
    }

    private Origin read(long id) throws SQLException {
        try (PreparedStatement select = reader.prepareStatement(
                "SELECT source, exported_at, import_id FROM provenance WHERE dossier_id = ? AND id = ?")) {
            select.setLong(1, dossierId);
            select.setLong(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the provenance " + id + " an observation names is missing", "XX000");
                }
                long exportedAt = row.getLong(2);
                Optional<Instant> exported = row.wasNull() ? Optional.empty()
                        : Optional.of(EpochNanos.toInstant(exportedAt));
                return new Origin(row.getString(1), exported, row.getString(3));
            }
        }
    }
}
