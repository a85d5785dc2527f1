package dev.reckon.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * What the store remembers of one imported source, to tell later whether it changed.
 *
 * @param source      the source's name: a path relative to the dossier, or a request name
 * @param size        its size in bytes
 * @param contentHash a hash of its content (hex SHA-256)
 * @param format      the export format it was read as
 * @param importedAt  when it was imported
 * @param rowsRead    rows read
 * @param rowsAccepted rows that gave observations
 * @param rowsRejected rows rejected with a reason
 */
public record SourceRecord(String source, long size, String contentHash, String format, Instant importedAt,
                           long rowsRead, long rowsAccepted, long rowsRejected) {

    public SourceRecord {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(contentHash, "contentHash is null");
        Objects.requireNonNull(format, "format is null");
        Objects.requireNonNull(importedAt, "importedAt is null");
    }
}
