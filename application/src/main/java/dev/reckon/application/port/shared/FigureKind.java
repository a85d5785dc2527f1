package dev.reckon.application.port.shared;

import java.util.Locale;

/**
 * What a figure found in prose is. Only the first five are quantities a check may use; the others
 * are numbers a careful reader marks but never counts with ("in 2017", "on 12 December", "Q3").
 */
public enum FigureKind {
    MONEY, COUNT, PERCENT, RATIO, DURATION, YEAR, DATE, TIME, ORDINAL, LABEL;

    /** {@code money}, {@code count}, ... as the JSON contract writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isQuantity() {
        return ordinal() <= DURATION.ordinal();
    }
}
