package dev.reckon.domain.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a check could not be evaluated: a syntax or type error, at a line and column inside the
 * check when the error has one.
 */
public record ClaimError(String message, Optional<Position> position) {

    public ClaimError {
        Objects.requireNonNull(message, "message is null");
        Objects.requireNonNull(position, "position is null");
    }

    /** An error at a place in the check. */
    public static ClaimError at(Position position, String message) {
        return new ClaimError(message, Optional.of(Objects.requireNonNull(position, "position is null")));
    }

    /** An error about the check as a whole, or about something outside it. */
    public static ClaimError unlocated(String message) {
        return new ClaimError(message, Optional.empty());
    }

    /** {@code 1:34: expected a period after 'facebook,' but found '}'}. */
    @Override
    public String toString() {
        return position.map(p -> p + ": " + message).orElse(message);
    }
}
