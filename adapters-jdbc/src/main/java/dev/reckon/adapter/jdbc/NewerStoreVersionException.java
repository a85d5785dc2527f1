package dev.reckon.adapter.jdbc;

import dev.reckon.application.port.out.ObservationStoreException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The store's file was written by a newer Reckon whose schema this one does not know. It is left
 * untouched: reading it could misread data, and migrating backwards would lose it.
 */
public final class NewerStoreVersionException extends ObservationStoreException {

    private final Path file;
    private final int fileVersion;
    private final int supportedVersion;

    public NewerStoreVersionException(Path file, int fileVersion, int supportedVersion) {
        super(Objects.requireNonNull(file, "file is null") + " was written by a newer version of Reckon (store version "
                + fileVersion + "); this version reads store versions up to " + supportedVersion
                + ". Use the newer Reckon, or delete the file and Reckon rebuilds it from the dossier's files.");
        if (fileVersion <= supportedVersion) {
            throw new IllegalArgumentException("store version " + fileVersion + " is not newer than " + supportedVersion);
        }
        this.file = file;
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    public Path file() {
        return file;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
