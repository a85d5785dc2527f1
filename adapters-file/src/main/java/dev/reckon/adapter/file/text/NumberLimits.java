package dev.reckon.adapter.file.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The numbers Reckon reads from data files, and why there are limits: reading a number of n digits
 * exactly takes time that grows as n squared, and a written exponent ({@code 1E+999999999}) can ask
 * for a billion digits in a dozen characters. No campaign figure comes near either limit.
 */
public final class NumberLimits {

    /** The longest number cell read, in characters, signs, separators and suffixes included. */
    public static final int MAX_LENGTH = 100;
    /** A number's size is below ten to this power. */
    public static final int MAX_WHOLE_DIGITS = 30;
    /** A number has no non-zero digit below ten to minus this power. */
    public static final int MAX_DECIMALS = 30;
    /** The range, as messages and docs say it. */
    public static final String RANGE = "less than 10^" + MAX_WHOLE_DIGITS + " in size, with no digit below 10^-" + MAX_DECIMALS;

    private NumberLimits() {
    }

    /** True when {@code text} is too long to be read as a number. */
    public static boolean isTooLong(String text) {
        return text.length() > MAX_LENGTH;
    }

    /** Says that a cell of {@code length} characters is too long, after its subject: "the value " + this. */
    public static String tooLong(int length) {
        return String.format(Locale.ROOT, "has %,d characters, more than the %d a number may have", length, MAX_LENGTH);
    }

    /**
     * True when {@code value} is within the range. Cheap whatever its exponent: its digits before
     * the point are counted from its precision and scale, never written out.
     */
    public static boolean inRange(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        long wholeDigits = (long) value.precision() - value.scale();
        if (wholeDigits > MAX_WHOLE_DIGITS) {
            return false;
        }
        // A value under 10^-30 has its first digit there; otherwise its precision is bounded by now.
        return wholeDigits > -MAX_DECIMALS && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }
}
