package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.Opener;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A data file a dossier names.
 *
 * @param source its path relative to the dossier, with '/' separators: its name in reports and provenance
 * @param opener opens its bytes
 * @param size   its size in bytes when the dossier was read, if known: a different size than at its
 *               last import tells it changed without reading it
 */
public record DataFile(String source, Opener opener, OptionalLong size) {

    public DataFile {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(opener, "opener is null");
        Objects.requireNonNull(size, "size is null");
    }

    /** A file whose size is not known before it is read. */
    public DataFile(String source, Opener opener) {
        this(source, opener, OptionalLong.empty());
    }
}
