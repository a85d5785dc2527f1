package dev.reckon.domain.observation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an observation came from.
 *
 * @param source     the file or request it was read from
 * @param line       1-based line in the source, 0 when there is none
 * @param exportedAt when the platform exported it, where known
 * @param importId   the import that brought it in
 */
public record Provenance(String source, long line, Optional<Instant> exportedAt, String importId) {

    public Provenance {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(exportedAt, "exportedAt is null");
        Objects.requireNonNull(importId, "importId is null");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    public static Provenance of(String source, long line) {
        return new Provenance(source, line, Optional.empty(), "");
    }

    /** {@code file.csv:12}, or the source alone when there is no line. */
    public String location() {
        return line > 0 ? source + ":" + line : source;
    }

    @Override
    public String toString() {
        return location();
    }
}
