package dev.reckon.application.port.shared;

import java.util.Objects;

/** No reader fits a file: its message names the known formats and why each did not match. */
public final class UnrecognisedExportException extends Exception {

    private final String source;

    public UnrecognisedExportException(String source, String message) {
        super(Objects.requireNonNull(message, "message is null"));
        this.source = Objects.requireNonNull(source, "source is null");
    }

    /** The file, as named in the dossier. */
    public String source() {
        return source;
    }
}
