package dev.reckon.domain.observation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where an observation came from.
 *
 * @param source     the file or request it was read from
 * @param line       1-based line in the source; empty when the source has no lines to point at
 * @param exportedAt when the platform exported it, where known
 * @param importId   the import that brought it in
 */
public record Provenance(String source, OptionalLong line, Optional<Instant> exportedAt, String importId) {

    public Provenance {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(line, "line is null");
        Objects.requireNonNull(exportedAt, "exportedAt is null");
        Objects.requireNonNull(importId, "importId is null");
        if (line.isPresent() && line.getAsLong() < 1) {
            throw new IllegalArgumentException("a line is counted from 1, not " + line.getAsLong());
        }
    }

    /** Read at {@code line} of {@code source}, as a store or the import's hot path keeps it: 0 for no line. */
    public Provenance(String source, long lineOrZero, Optional<Instant> exportedAt, String importId) {
        this(source, lineOrNone(lineOrZero), exportedAt, importId);
    }

    /** Read from {@code source}, which has no lines to point at. */
    public static Provenance of(String source) {
        return new Provenance(source, OptionalLong.empty(), Optional.empty(), "");
    }

    public static Provenance of(String source, long line) {
        return new Provenance(source, OptionalLong.of(line), Optional.empty(), "");
    }

    /**
     * The line of a primitive that uses 0 for "no line": the stores' columns and the series sinks of
     * the import's hot path keep a line so, to hold no object per observation.
     */
    public static OptionalLong lineOrNone(long lineOrZero) {
        if (lineOrZero < 0) {
            throw new IllegalArgumentException("line must not be negative: " + lineOrZero);
        }
        return lineOrZero == 0 ? OptionalLong.empty() : OptionalLong.of(lineOrZero);
    }

    /** {@code file.csv:12}, or the source alone when there is no line. */
    public String location() {
        return line.isPresent() ? source + ":" + line.getAsLong() : source;
    }

    @Override
    public String toString() {
        return location();
    }
}
