package dev.reckon.domain.claim;

import java.util.Objects;

/** A check is not written in the claim language; the error says where and what was expected. */
public final class CheckSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ClaimError error;

    public CheckSyntaxException(ClaimError error) {
        super(Objects.requireNonNull(error, "error is null").toString());
        this.error = error;
    }

    static CheckSyntaxException at(Position position, String message) {
        return new CheckSyntaxException(ClaimError.at(position, message));
    }

    public ClaimError error() {
        return error;
    }
}
