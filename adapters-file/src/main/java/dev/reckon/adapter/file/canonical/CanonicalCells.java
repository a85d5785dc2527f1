package dev.reckon.adapter.file.canonical;

import java.util.OptionalLong;
import java.util.function.Function;

/** The cells of one canonical row, whichever syntax it was written in. */
interface CanonicalCells {

    /**
     * What the cell means: looked up in {@code cache} by its text (by its bytes, where the syntax
     * allows, without making a string), or else read by {@code interpret}, which gives null after
     * reporting a problem.
     */
    <T> T read(CanonicalColumn column, CellCache<T> cache, Function<String, T> interpret);

    /** The cell as a whole number when it is written as one plainly ({@code -12}, {@code 1777}); otherwise empty. */
    OptionalLong wholeNumber(CanonicalColumn column);

    /** True when the row has the column (JSON Lines rows may leave out {@code segment}). */
    boolean has(CanonicalColumn column);

    /** The cell's text, trimmed; empty when the row lacks it. */
    String text(CanonicalColumn column);

    /** Where the cell stands: its 1-based column, or 0 where rows have no columns. */
    int position(CanonicalColumn column);
}
