package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Provenance;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the provenance of every observation read from one source shares: all but the line.
 *
 * @param source     the file or request read
 * @param exportedAt when the platform exported it, where known
 * @param importId   the import that read it
 */
public record ObservationOrigin(String source, Optional<Instant> exportedAt, String importId) {

    public ObservationOrigin {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(exportedAt, "exportedAt is null");
        Objects.requireNonNull(importId, "importId is null");
    }

    /** The provenance of an observation read at {@code line} (0 when there is none). */
    public Provenance at(long line) {
        return new Provenance(source, line, exportedAt, importId);
    }
}
