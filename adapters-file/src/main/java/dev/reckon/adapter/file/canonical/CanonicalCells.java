package dev.reckon.adapter.file.canonical;

/** The cells of one canonical row, whichever syntax it was written in. */
interface CanonicalCells {

    /** True when the row has the column (JSON Lines rows may leave out {@code segment}). */
    boolean has(CanonicalColumn column);

    /** The cell's text, trimmed; empty when the row lacks it. */
    String text(CanonicalColumn column);

    /** True when the cell is exactly {@code text}, as {@link #text} would give it, without making a string. */
    boolean is(CanonicalColumn column, String text);

    /** Where the cell stands: its 1-based column, or 0 where rows have no columns. */
    int position(CanonicalColumn column);
}
