package dev.reckon.application.port.shared;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something that stops a dossier from being read, and where it is.
 *
 * @param file    the file, as the user named it or relative to where they are
 * @param line    1-based line; empty when the problem has no line (a missing file)
 * @param column  1-based column; empty when unknown
 * @param message what is wrong, in words a non-programmer understands
 */
public record DossierProblem(String file, OptionalInt line, OptionalInt column, String message) {

    public DossierProblem {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(line, "line is null");
        Objects.requireNonNull(column, "column is null");
        Objects.requireNonNull(message, "message is null");
        if (line.isPresent() && line.getAsInt() < 1 || column.isPresent() && column.getAsInt() < 1) {
            throw new IllegalArgumentException("lines and columns count from 1: " + line + ", " + column);
        }
        if (column.isPresent() && line.isEmpty()) {
            throw new IllegalArgumentException("a column needs a line");
        }
    }

    /** A problem at a line and column of {@code file}. */
    public DossierProblem(String file, int line, int column, String message) {
        this(file, OptionalInt.of(line), OptionalInt.of(column), message);
    }

    /** A problem with {@code file} as a whole: it is missing, unreadable or too large. */
    public static DossierProblem inFile(String file, String message) {
        return new DossierProblem(file, OptionalInt.empty(), OptionalInt.empty(), message);
    }

    /** A problem on a line of {@code file}, at no column in particular. */
    public static DossierProblem atLine(String file, int line, String message) {
        return new DossierProblem(file, OptionalInt.of(line), OptionalInt.empty(), message);
    }

    /**
     * A problem at a place that a parser gives as 1-based numbers, 0 or less where it has none
     * (SnakeYAML's marks, a claim's position).
     */
    public static DossierProblem at(String file, int line, int column, String message) {
        return new DossierProblem(file, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                line > 0 && column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), message);
    }

    /** {@code examples/x/dossier.yaml:12:5: unknown key 'claimz' (expected title, ...)}. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        line.ifPresent(l -> where.append(':').append(l));
        column.ifPresent(c -> where.append(':').append(c));
        return where.append(": ").append(message).toString();
    }
}
