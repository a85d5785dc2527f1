package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.Opener;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One file to read.
 *
 * @param source  its name in reports and provenance: a path relative to the dossier, with '/' separators
 * @param opener  opens its bytes, as often as asked
 * @param context what the dossier says about it
 */
public record ExportInput(String source, Opener opener, ImportContext context) {

    public ExportInput {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(opener, "opener is null");
        Objects.requireNonNull(context, "context is null");
    }

    /** The file's name without folders. */
    public String fileName() {
        return source.substring(source.lastIndexOf('/') + 1);
    }

    /** Opens a new stream over the file's bytes; the caller closes it. */
    public InputStream open() throws IOException {
        return opener.open();
    }
}
