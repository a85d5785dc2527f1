package dev.reckon.application.port.shared;

import java.util.Objects;

/**
 * A row, or a cell in it, that could not be read.
 *
 * @param source the file
 * @param line   1-based physical line where the row starts
 * @param column 1-based column (field index); 0 when the whole row is at fault
 * @param field  the column's header name, or empty
 * @param reason what was expected and what was found; never echoes personal data
 */
public record RowProblem(String source, long line, int column, String field, String reason) {

    public RowProblem {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(reason, "reason is null");
    }

    /** {@code data/observations.csv:12:7 (value): expected a number but found 'abc'}. */
    @Override
    public String toString() {
        String where = source + ":" + line + (column > 0 ? ":" + column : "");
        return where + (field.isEmpty() ? "" : " (" + field + ")") + ": " + reason;
    }
}
