package dev.reckon.application.port.shared;

import java.util.Objects;

/**
 * A figure that looks like part of a relation the text cannot complete, and why: "the average is per
 * order, but the text counts customers". Never a guess to have something to check.
 */
public record Unrelated(String figureId, String reason) {

    public Unrelated {
        Objects.requireNonNull(figureId, "figureId is null");
        Objects.requireNonNull(reason, "reason is null");
    }
}
