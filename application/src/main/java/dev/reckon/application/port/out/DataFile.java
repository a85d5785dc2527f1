package dev.reckon.application.port.out;

import java.util.Objects;

/**
 * A data file a dossier names.
 *
 * @param source its path relative to the dossier, with '/' separators: its name in reports and provenance
 * @param opener opens its bytes
 */
public record DataFile(String source, ExportInput.Opener opener) {

    public DataFile {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(opener, "opener is null");
    }
}
