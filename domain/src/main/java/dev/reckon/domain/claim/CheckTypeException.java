package dev.reckon.domain.claim;

import java.util.Objects;

/** A check parses but cannot be evaluated: an unknown name, a unit mismatch, an aggregation that is not allowed. */
final class CheckTypeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ClaimError error;

    CheckTypeException(Position position, String message) {
        super(position + ": " + message);
        this.error = ClaimError.at(position, Objects.requireNonNull(message, "message is null"));
    }

    ClaimError error() {
        return error;
    }
}
