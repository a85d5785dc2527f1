package dev.reckon.domain.number;

import java.math.BigDecimal;

/**
 * The one way Reckon writes a decimal with its thousands grouped by commas: {@code 436,000},
 * {@code -1,234.50}. Every decimal written is kept, so a caller that wants {@code 436,000.5} for
 * {@code 436000.50} strips the trailing zeros first.
 */
public final class DigitGrouping {

    private DigitGrouping() {
    }

    /**
     * {@code value} with all its decimals and its thousands grouped: what
     * {@code String.format(Locale.ROOT, "%,.<scale>f", value)} writes, without parsing a format on
     * every number (that was a large part of explaining a verdict).
     */
    public static String grouped(BigDecimal value) {
        String digits = value.setScale(Math.max(value.scale(), 0)).abs().toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, whole, digits.length()).toString();
    }
}
