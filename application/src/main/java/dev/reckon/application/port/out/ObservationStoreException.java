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

    private final String withoutLocation;

    public ObservationStoreException(String message) {
        super(Objects.requireNonNull(message, "message is null"));
        this.withoutLocation = message;
    }

    public ObservationStoreException(String message, Throwable cause) {
        this(message, message, cause);
    }

    /**
     * @param withoutLocation the same message without the store's path, for {@link #withoutLocation()}
     */
    public ObservationStoreException(String message, String withoutLocation, Throwable cause) {
        super(Objects.requireNonNull(message, "message is null"), cause);
        this.withoutLocation = Objects.requireNonNull(withoutLocation, "withoutLocation is null");
    }

    /** The message without where the store's file is, for those who may not learn the machine's paths. */
    public String withoutLocation() {
        return withoutLocation;
    }
}
