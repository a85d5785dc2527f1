package dev.reckon.adapter.file.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader of the HTML report reads them: digits grouped, ratios to four significant
 * digits, axis labels short ({@code 325m}). The evidence table keeps every digit; these are for the eye.
 */
final class DisplayNumber {

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private DisplayNumber() {
    }

    /** {@code 31,000,000}, {@code 22.74}, {@code 0.5082}: whole numbers grouped, others to four significant digits. */
    static String readable(BigDecimal value) {
        BigDecimal shown = value.stripTrailingZeros().scale() <= 0 ? value : value.round(FOUR_DIGITS);
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(shown.stripTrailingZeros());
    }

    /** {@code 325m}, {@code 1.5k}, {@code 0.504}: for axis ticks, where space is short. */
    static String compact(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e9) {
            return trim(value / 1e9) + "bn";
        }
        if (magnitude >= 1e6) {
            return trim(value / 1e6) + "m";
        }
        if (magnitude >= 1e4) {
            return trim(value / 1e3) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
