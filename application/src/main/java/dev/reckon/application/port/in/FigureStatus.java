package dev.reckon.application.port.in;

import java.util.Locale;

/** What became of a figure found in a text. */
public enum FigureStatus {
    /** Every relation it is part of holds. */
    CONSISTENT,
    /** A relation it is part of does not hold. */
    INCONSISTENT,
    /** A relation it is part of can be neither confirmed nor refuted, usually because of rounding. */
    UNDECIDED,
    /** No relation in the text uses it; the reason says why. */
    NOT_CHECKED;

    /** {@code consistent}, {@code not-checked}, ... as the JSON contract writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
