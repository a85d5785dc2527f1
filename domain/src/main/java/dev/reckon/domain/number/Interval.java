package dev.reckon.domain.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed interval {@code [lo, hi]} of exact decimals, either end of which may be unbounded.
 *
 * <p>Every value in Reckon is an interval: rounded figures, sums over incomplete data and
 * distinct counts are all uncertainty of this one shape. Arithmetic is outward-rounded interval
 * arithmetic, so for any exact values inside the operands the exact result lies inside the
 * computed interval. Nothing here ever throws for an arithmetic reason or produces NaN: dividing
 * by an interval that contains zero gives an unbounded result.
 */
public final class Interval {

    /** Digits kept when a quotient does not terminate; the ends are rounded outward. */
    public static final int DIVISION_DIGITS = 34;

    private static final MathContext DOWN = new MathContext(DIVISION_DIGITS, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(DIVISION_DIGITS, RoundingMode.CEILING);

    public static final Interval ZERO = exactly(BigDecimal.ZERO);
    /** The whole line: nothing is known. */
    public static final Interval ALL = new Interval(null, null);
    /** {@code [0, +inf]}: a non-negative quantity about which nothing else is known. */
    public static final Interval NON_NEGATIVE = atLeast(BigDecimal.ZERO);

    /** {@code null} means -inf. */
    private final BigDecimal lo;
    /** {@code null} means +inf. */
    private final BigDecimal hi;

    private Interval(BigDecimal lo, BigDecimal hi) {
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("interval lower end " + lo.toPlainString()
                    + " is above its upper end " + hi.toPlainString());
        }
        this.lo = lo;
        this.hi = hi;
    }

    public static Interval exactly(BigDecimal value) {
        Objects.requireNonNull(value, "value is null");
        return new Interval(value, value);
    }

    public static Interval exactly(long value) {
        return exactly(BigDecimal.valueOf(value));
    }

    /** Parses a plain decimal such as {@code 12.5} or {@code -3} into an exact interval. */
    public static Interval exactly(String plainDecimal) {
        return exactly(new BigDecimal(plainDecimal));
    }

    public static Interval of(BigDecimal lo, BigDecimal hi) {
        Objects.requireNonNull(lo, "lo is null");
        Objects.requireNonNull(hi, "hi is null");
        return new Interval(lo, hi);
    }

    public static Interval of(String lo, String hi) {
        return of(new BigDecimal(lo), new BigDecimal(hi));
    }

    /** {@code [lo, +inf]}. */
    public static Interval atLeast(BigDecimal lo) {
        Objects.requireNonNull(lo, "lo is null");
        return new Interval(lo, null);
    }

    /** {@code [-inf, hi]}. */
    public static Interval atMost(BigDecimal hi) {
        Objects.requireNonNull(hi, "hi is null");
        return new Interval(null, hi);
    }

    /** Builds an interval from optional ends; an empty end is unbounded. */
    public static Interval between(Optional<BigDecimal> lo, Optional<BigDecimal> hi) {
        return new Interval(lo.orElse(null), hi.orElse(null));
    }

    public Optional<BigDecimal> lo() {
        return Optional.ofNullable(lo);
    }

    public Optional<BigDecimal> hi() {
        return Optional.ofNullable(hi);
    }

    public boolean hasLowerBound() {
        return lo != null;
    }

    public boolean hasUpperBound() {
        return hi != null;
    }

    public boolean isBounded() {
        return lo != null && hi != null;
    }

    public boolean isExact() {
        return lo != null && hi != null && lo.compareTo(hi) == 0;
    }

    /** The width {@code hi - lo}, empty when an end is unbounded. */
    public Optional<BigDecimal> width() {
        return isBounded() ? Optional.of(hi.subtract(lo)) : Optional.empty();
    }

    /** The midpoint, empty when an end is unbounded. */
    public Optional<BigDecimal> midpoint() {
        return isBounded() ? Optional.of(lo.add(hi).divide(BigDecimal.valueOf(2))) : Optional.empty();
    }

    public boolean contains(BigDecimal value) {
        return (lo == null || lo.compareTo(value) <= 0) && (hi == null || hi.compareTo(value) >= 0);
    }

    /** True when every value of {@code other} lies in this interval. */
    public boolean contains(Interval other) {
        boolean loInside = lo == null || (other.lo != null && lo.compareTo(other.lo) <= 0);
        boolean hiInside = hi == null || (other.hi != null && hi.compareTo(other.hi) >= 0);
        return loInside && hiInside;
    }

    public boolean overlaps(Interval other) {
        boolean thisStartsBeforeOtherEnds = lo == null || other.hi == null || lo.compareTo(other.hi) <= 0;
        boolean otherStartsBeforeThisEnds = other.lo == null || hi == null || other.lo.compareTo(hi) <= 0;
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** True when every value here is strictly below every value of {@code other}. */
    public boolean isEntirelyBelow(Interval other) {
        return hi != null && other.lo != null && hi.compareTo(other.lo) < 0;
    }

    /** True when every value here is strictly above every value of {@code other}. */
    public boolean isEntirelyAbove(Interval other) {
        return other.isEntirelyBelow(this);
    }

    public Interval plus(Interval other) {
        return new Interval(
                lo == null || other.lo == null ? null : lo.add(other.lo),
                hi == null || other.hi == null ? null : hi.add(other.hi));
    }

    public Interval negate() {
        return new Interval(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
    }

    public Interval minus(Interval other) {
        return plus(other.negate());
    }

    public Interval times(Interval other) {
        ExtendedDecimal[] products = {
            ExtendedDecimal.lowerOf(this).times(ExtendedDecimal.lowerOf(other)),
            ExtendedDecimal.lowerOf(this).times(ExtendedDecimal.upperOf(other)),
            ExtendedDecimal.upperOf(this).times(ExtendedDecimal.lowerOf(other)),
            ExtendedDecimal.upperOf(this).times(ExtendedDecimal.upperOf(other)),
        };
        ExtendedDecimal min = products[0];
        ExtendedDecimal max = products[0];
        for (ExtendedDecimal product : products) {
            min = product.compareTo(min) < 0 ? product : min;
            max = product.compareTo(max) > 0 ? product : max;
        }
        return new Interval(min.asLowerEnd(), max.asUpperEnd());
    }

    /**
     * Divides by {@code other}. A divisor that contains zero gives an unbounded result: the whole
     * line when zero is inside the divisor (or the divisor is exactly zero), a half-line when zero
     * is one of its ends and the dividend keeps one sign.
     */
    public Interval dividedBy(Interval other) {
        if (!other.contains(BigDecimal.ZERO)) {
            return quotientOfEnds(other);
        }
        boolean divisorIsNonNegative = other.lo != null && other.lo.signum() == 0 && (other.hi == null || other.hi.signum() > 0);
        boolean divisorIsNonPositive = other.hi != null && other.hi.signum() == 0 && (other.lo == null || other.lo.signum() < 0);
        boolean dividendPositive = lo != null && lo.signum() > 0;
        boolean dividendNegative = hi != null && hi.signum() < 0;
        if (divisorIsNonNegative && dividendPositive) {
            return new Interval(other.hi == null ? BigDecimal.ZERO : divideDown(lo, other.hi), null);
        }
        if (divisorIsNonNegative && dividendNegative) {
            return new Interval(null, other.hi == null ? BigDecimal.ZERO : divideUp(hi, other.hi));
        }
        if (divisorIsNonPositive && dividendPositive) {
            return new Interval(null, other.lo == null ? BigDecimal.ZERO : divideUp(lo, other.lo));
        }
        if (divisorIsNonPositive && dividendNegative) {
            return new Interval(other.lo == null ? BigDecimal.ZERO : divideDown(hi, other.lo), null);
        }
        return ALL;
    }

    /**
     * The relative change from {@code before} to this, {@code (this - before) / before}: every value
     * it takes for a value of each interval. Computed as {@code this / before - 1}, where
     * {@code before} is written once, since interval arithmetic on {@code (this - before) / before}
     * would pair two different values of {@code before} and give a range wider than the change can
     * be. A {@code before} that contains zero leaves it unbounded, as {@link #dividedBy} does.
     */
    public Interval changeFrom(Interval before) {
        if (before.contains(BigDecimal.ZERO)) {
            return minus(before).dividedBy(before);
        }
        return dividedBy(before).minus(exactly(1));
    }

    /** Division by an interval away from zero: the extremes are among the quotients of the ends. */
    private Interval quotientOfEnds(Interval divisor) {
        ExtendedDecimal[] dividends = {ExtendedDecimal.lowerOf(this), ExtendedDecimal.upperOf(this)};
        ExtendedDecimal[] divisors = {ExtendedDecimal.lowerOf(divisor), ExtendedDecimal.upperOf(divisor)};
        ExtendedDecimal min = null;
        ExtendedDecimal max = null;
        for (ExtendedDecimal dividend : dividends) {
            for (ExtendedDecimal d : divisors) {
                if (dividend.isInfinite() && d.isInfinite()) {
                    continue; // never an extreme: a finite end of the same operand bounds that side
                }
                ExtendedDecimal low = dividend.dividedBy(d, DOWN);
                ExtendedDecimal high = dividend.dividedBy(d, UP);
                min = min == null || low.compareTo(min) < 0 ? low : min;
                max = max == null || high.compareTo(max) > 0 ? high : max;
            }
        }
        return new Interval(min.asLowerEnd(), max.asUpperEnd());
    }

    public Interval abs() {
        if (lo != null && lo.signum() >= 0) {
            return this;
        }
        if (hi != null && hi.signum() <= 0) {
            return negate();
        }
        BigDecimal top = lo == null || hi == null ? null : lo.negate().max(hi);
        return new Interval(BigDecimal.ZERO, top);
    }

    public Interval min(Interval other) {
        return new Interval(
                lo == null || other.lo == null ? null : lo.min(other.lo),
                hi == null ? other.hi : other.hi == null ? hi : hi.min(other.hi));
    }

    public Interval max(Interval other) {
        return new Interval(
                lo == null ? other.lo : other.lo == null ? lo : lo.max(other.lo),
                hi == null || other.hi == null ? null : hi.max(other.hi));
    }

    /** The smallest interval holding both. */
    public Interval hull(Interval other) {
        return new Interval(
                lo == null || other.lo == null ? null : lo.min(other.lo),
                hi == null || other.hi == null ? null : hi.max(other.hi));
    }

    /** The same lower end with the upper end removed: {@code [lo, +inf]}. */
    public Interval withoutUpperBound() {
        return new Interval(lo, null);
    }

    static BigDecimal divideDown(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DOWN);
    }

    static BigDecimal divideUp(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, UP);
    }

    /** A plain decimal without exponent or superfluous trailing zeros, e.g. {@code 324500000}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The lower end as text: a plain decimal or {@code -inf}. */
    public String loText() {
        return lo == null ? "-inf" : plain(lo);
    }

    /** The upper end as text: a plain decimal or {@code +inf}. */
    public String hiText() {
        return hi == null ? "+inf" : plain(hi);
    }

    /** {@code [324500000, 325500000]}, {@code [0, +inf]}. */
    @Override
    public String toString() {
        return "[" + loText() + ", " + hiText() + "]";
    }

    /** Intervals are equal when their ends are numerically equal ({@code 1.0} equals {@code 1}). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Interval other)) {
            return false;
        }
        return sameEnd(lo, other.lo) && sameEnd(hi, other.hi);
    }

    private static boolean sameEnd(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lo == null ? null : lo.stripTrailingZeros(), hi == null ? null : hi.stripTrailingZeros(),
                lo == null, hi == null);
    }
}
