package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * The id of each provenance (its source, export time and import id; the line stays on the
 * observation) within one write. A file's rows almost always share a single one.
 */
final class ProvenanceIds {

    private record Origin(String source, Optional<Instant> exportedAt, String importId) {
    }

    private final long sourceId;
    private final PreparedStatement insert;
    private final IdCache<Origin> ids = new IdCache<>(this::stored);

    ProvenanceIds(Connection writer, long sourceId) throws SQLException {
        this.sourceId = sourceId;
        this.insert = writer.prepareStatement(
                "INSERT INTO provenance (source_id, source, exported_at, import_id) VALUES (?, ?, ?, ?) RETURNING id");
    }

    long idOf(Provenance provenance) throws SQLException {
        return ids.idOf(new Origin(provenance.source(), provenance.exportedAt(), provenance.importId()));
    }

    long idOf(ObservationOrigin origin) throws SQLException {
        return ids.idOf(new Origin(origin.source(), origin.exportedAt(), origin.importId()));
    }

    private long stored(Origin origin) throws SQLException {
        insert.setLong(1, sourceId);
        insert.setString(2, origin.source());
        if (origin.exportedAt().isPresent()) {
            insert.setLong(3, EpochNanos.of(origin.exportedAt().get()));
        } else {
            insert.setNull(3, Types.BIGINT);
        }
        insert.setString(4, origin.importId());
        try (ResultSet row = insert.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
