package dev.reckon.application.port.in;

/** A claim cannot be added, changed or removed as asked: its id is taken, or it belongs to the dossier file. */
public final class ClaimConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClaimConflictException(String message) {
        super(message);
    }
}
