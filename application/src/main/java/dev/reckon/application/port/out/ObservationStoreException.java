package dev.reckon.application.port.out;

import java.util.Objects;

/**
 * An {@link ObservationStore} could not do what was asked for a reason outside the program: another
 * process is writing to it, the disk is full, its file is damaged or was written by a newer Reckon.
 * The message names the store and says why in words a user can act on; callers show it as it is.
 *
 * <p>Unchecked because the port's methods are used everywhere a store is read and almost no caller
 * can do more than report it; the command line and the HTTP API catch it at their edge.
 */
public class ObservationStoreException extends RuntimeException {

    public ObservationStoreException(String message) {
        super(Objects.requireNonNull(message, "message is null"));
    }

    public ObservationStoreException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message is null"), cause);
    }
}
