package dev.reckon.domain.number;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A decimal or an infinity, used only to multiply interval ends. By the set-theoretic
 * convention of interval arithmetic, zero times an infinite end is zero.
 */
record ExtendedDecimal(int infinity, BigDecimal finite) implements Comparable<ExtendedDecimal> {

    private static final ExtendedDecimal PLUS_INFINITY = new ExtendedDecimal(1, null);
    private static final ExtendedDecimal MINUS_INFINITY = new ExtendedDecimal(-1, null);

    static ExtendedDecimal lowerOf(Interval interval) {
        return interval.lo().map(ExtendedDecimal::finite).orElse(MINUS_INFINITY);
    }

    static ExtendedDecimal upperOf(Interval interval) {
        return interval.hi().map(ExtendedDecimal::finite).orElse(PLUS_INFINITY);
    }

    private static ExtendedDecimal finite(BigDecimal value) {
        return new ExtendedDecimal(0, value);
    }

    private int signum() {
        return infinity != 0 ? infinity : finite.signum();
    }

    ExtendedDecimal times(ExtendedDecimal other) {
        if (infinity == 0 && other.infinity == 0) {
            return finite(finite.multiply(other.finite));
        }
        int sign = signum() * other.signum();
        if (sign == 0) {
            return finite(BigDecimal.ZERO);
        }
        return sign > 0 ? PLUS_INFINITY : MINUS_INFINITY;
    }

    boolean isInfinite() {
        return infinity != 0;
    }

    /** Divides, rounding as {@code context} says; a finite number over an infinity is zero. */
    ExtendedDecimal dividedBy(ExtendedDecimal divisor, MathContext context) {
        if (infinity == 0 && divisor.infinity == 0) {
            return finite(finite.divide(divisor.finite, context));
        }
        if (infinity == 0) {
            return finite(BigDecimal.ZERO);
        }
        return signum() * divisor.signum() > 0 ? PLUS_INFINITY : MINUS_INFINITY;
    }

    BigDecimal asLowerEnd() {
        return infinity == 0 ? finite : null;
    }

    BigDecimal asUpperEnd() {
        return infinity == 0 ? finite : null;
    }

    @Override
    public int compareTo(ExtendedDecimal other) {
        if (infinity != 0 || other.infinity != 0) {
            return Integer.compare(infinity, other.infinity);
        }
        return finite.compareTo(other.finite);
    }
}
