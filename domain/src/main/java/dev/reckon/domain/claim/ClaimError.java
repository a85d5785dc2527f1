package dev.reckon.domain.claim;

import java.util.Objects;

/**
 * Why a check could not be evaluated: a syntax or type error, at a 1-based line and column inside
 * the check (0 when the error has no position).
 */
public record ClaimError(String message, int line, int column) {

    public ClaimError {
        Objects.requireNonNull(message, "message is null");
    }

    /** {@code 1:34: expected a period after 'facebook,' but found '}'}. */
    @Override
    public String toString() {
        return line > 0 ? line + ":" + column + ": " + message : message;
    }
}
