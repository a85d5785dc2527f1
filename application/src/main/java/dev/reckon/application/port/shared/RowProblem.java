package dev.reckon.application.port.shared;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A file, a row in it, or a cell in a row, that could not be read.
 *
 * @param source the file
 * @param line   1-based physical line where the row starts; empty when the file as a whole is at fault
 * @param column 1-based column (field index); empty when the whole row (or file) is at fault
 * @param field  the column's header name, or empty
 * @param reason what was expected and what was found; never echoes personal data
 */
public record RowProblem(String source, OptionalLong line, OptionalInt column, String field, String reason) {

    public RowProblem {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(line, "line is null");
        Objects.requireNonNull(column, "column is null");
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(reason, "reason is null");
        if (line.isPresent() && line.getAsLong() < 1 || column.isPresent() && column.getAsInt() < 1) {
            throw new IllegalArgumentException("lines and columns count from 1: " + line + ", " + column);
        }
        if (column.isPresent() && line.isEmpty()) {
            throw new IllegalArgumentException("a column needs a line");
        }
    }

    /** A cell that could not be read. */
    public RowProblem(String source, long line, int column, String field, String reason) {
        this(source, OptionalLong.of(line), OptionalInt.of(column), field, reason);
    }

    /** The file as a whole, such as an empty file or an account the dossier does not know. */
    public static RowProblem inFile(String source, String reason) {
        return new RowProblem(source, OptionalLong.empty(), OptionalInt.empty(), "", reason);
    }

    /** A row as a whole, or a field of it that has no column (a JSON Lines field). */
    public static RowProblem inRow(String source, long line, String field, String reason) {
        return new RowProblem(source, OptionalLong.of(line), OptionalInt.empty(), field, reason);
    }

    /** The same problem {@code lines} further down, as when a file read in parts numbers its lines anew. */
    public RowProblem movedDown(long lines) {
        return line.isEmpty() ? this
                : new RowProblem(source, OptionalLong.of(line.getAsLong() + lines), column, field, reason);
    }

    /** The same problem in {@code otherSource}, as the user names the file. */
    public RowProblem in(String otherSource) {
        return new RowProblem(otherSource, line, column, field, reason);
    }

    /** {@code data/observations.csv:12:7 (value): expected a number but found 'abc'}. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(source);
        line.ifPresent(l -> where.append(':').append(l));
        column.ifPresent(c -> where.append(':').append(c));
        return where + (field.isEmpty() ? "" : " (" + field + ")") + ": " + reason;
    }
}
