package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.csv.FieldSeparator;

/**
 * How a file writes the fraction of a number. Platforms write {@code 1,234.5}; a spreadsheet in a
 * European locale saves {@code 1.234,5}, and separates its fields with semicolons because the comma
 * is taken. The two are never mixed in one file, so the separator tells which a file uses.
 */
public enum DecimalMark {
    /** {@code 1,234.5}: a point before the fraction, commas between thousands. */
    POINT,
    /** {@code 1.234,5}: a comma before the fraction, points or spaces between thousands. */
    COMMA;

    /** The mark of a file whose fields are separated by {@code separator}. */
    public static DecimalMark of(FieldSeparator separator) {
        return separator == FieldSeparator.SEMICOLON ? COMMA : POINT;
    }
}
