package dev.reckon.domain.comparison;

import dev.reckon.domain.number.Interval;
import java.util.Locale;
import java.util.Objects;

/** Which way A stands from B, as far as their intervals tell. */
public enum Direction {
    /** A is above B for every pair of values in the intervals. */
    UP,
    /** A is below B for every pair of values in the intervals. */
    DOWN,
    /** Both are exact and equal. */
    FLAT,
    /** The intervals overlap (or a value is unknown): either way is possible. */
    UNDECIDED;

    public static Direction of(Interval a, Interval b) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        if (a.isEntirelyAbove(b)) {
            return UP;
        }
        if (a.isEntirelyBelow(b)) {
            return DOWN;
        }
        if (a.isExact() && a.equals(b)) {
            return FLAT;
        }
        return UNDECIDED;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
