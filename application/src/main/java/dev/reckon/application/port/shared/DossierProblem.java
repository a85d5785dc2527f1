package dev.reckon.application.port.shared;

import java.util.Objects;

/**
 * Something that stops a dossier from being read, and where it is.
 *
 * @param file    the file, as the user named it or relative to where they are
 * @param line    1-based line, 0 when the problem has no line (a missing file)
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong, in words a non-programmer understands
 */
public record DossierProblem(String file, int line, int column, String message) {

    public DossierProblem {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(message, "message is null");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** {@code examples/x/dossier.yaml:12:5: unknown key 'claimz' (expected title, ...)}. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(message).toString();
    }
}
