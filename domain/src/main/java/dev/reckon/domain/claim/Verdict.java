package dev.reckon.domain.claim;

import java.util.Locale;

/** The verdict on a claim. Declared from best to worst, so a "fail on" threshold is an ordinal comparison. */
public enum Verdict {
    TRUE, FALSE, UNDECIDED, NO_DATA, INVALID;

    /** {@code true}, {@code false}, {@code undecided}, {@code no-data}, {@code invalid}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return id();
    }
}
