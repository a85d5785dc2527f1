package dev.reckon.adapter.file.canonical;

import java.util.OptionalInt;

import java.util.OptionalLong;

/** The cells of one canonical row, whichever syntax it was written in. */
interface CanonicalCells {

    /** The cell as a whole number when it is written as one plainly ({@code -12}, {@code 1777}); otherwise empty. */
    OptionalLong wholeNumber(CanonicalColumn column);

    /** True when the row has the column (JSON Lines rows may leave out {@code segment}). */
    boolean has(CanonicalColumn column);

    /** The cell's text, trimmed; empty when the row lacks it. */
    String text(CanonicalColumn column);

    /** Where the cell stands: its 1-based column; empty where rows have no columns (JSON Lines). */
    OptionalInt position(CanonicalColumn column);
}
