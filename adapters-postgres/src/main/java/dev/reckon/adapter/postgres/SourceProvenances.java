package dev.reckon.adapter.postgres;

import dev.reckon.domain.observation.Provenance;
import dev.reckon.store.codec.EpochNanos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provenance rows of one import (source, export time, import id: all but the line), each added
 * the first time a row names it, so rows are sent with its id. A file has one or a few; the last
 * one found is checked first, as a file's rows mostly share theirs.
 */
final class SourceProvenances {

    private record Origin(String source, Optional<Instant> exportedAt, String importId) {
    }

    private final Connection writer;
    private final long dossierId;
    private final long sourceId;
    private final Map<Origin, Long> ids = new HashMap<>();
    private Origin last;
    private long lastId;

    SourceProvenances(Connection writer, long dossierId, long sourceId) {
        this.writer = writer;
        this.dossierId = dossierId;
        this.sourceId = sourceId;
    }

    /**
     * The id of {@code provenance}'s origin, added to the store when new, which runs a statement:
     * {@code copies}' open {@code COPY} is ended first then, and the caller's next row reopens it.
     */
    long idOf(Provenance provenance, StagingTables copies) throws SQLException {
        return idOf(provenance.source(), provenance.exportedAt(), provenance.importId(), copies);
    }

    /** {@link #idOf(Provenance, StagingTables)} of the provenance with this source, export time and import. */
    long idOf(String source, Optional<Instant> exportedAt, String importId, StagingTables copies) throws SQLException {
        if (last != null && last.source() == source && last.importId() == importId
                && last.exportedAt().equals(exportedAt)) {
            return lastId;
        }
        Origin origin = new Origin(source, exportedAt, importId);
        Long id = ids.get(origin);
        if (id == null) {
            copies.finish();
            id = insert(origin);
            ids.put(origin, id);
        }
        last = origin;
        lastId = id;
        return id;
    }

    private long insert(Origin origin) throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO provenance (dossier_id, source_id,"
                + " source, exported_at, import_id) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, dossierId);
            insert.setLong(2, sourceId);
            insert.setString(3, origin.source());
            if (origin.exportedAt().isPresent()) {
                insert.setLong(4, EpochNanos.of(origin.exportedAt().get()));
            } else {
                insert.setNull(4, Types.BIGINT);
            }
            insert.setString(5, origin.importId());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
