package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.text.NumberLimits;
import dev.reckon.adapter.file.text.Printable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads number cells the way platforms write them: {@code 1,234} with thousands separators,
 * {@code 1777.0} for a count, and {@code -}, {@code N/A}, {@code undefined} or an empty cell for
 * "no value". A cell that is none of these is {@link CellReading.Invalid}, never a silent zero.
 */
public final class NumberCells {

    private static final Set<String> MISSING = Set.of("", "-", "--", "n/a", "na", "undefined", "null", "none");
    // Either plain digits or digits grouped by commas in threes; an optional decimal part.
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    // The same written with a decimal comma: points, or spaces as French Excel writes them, between thousands.
    private static final Pattern COMMA_DECIMAL =
            Pattern.compile("-?(\\d+|\\d{1,3}([. \\u00A0\\u202F]\\d{3})+)(,\\d+)?");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[. \\u00A0\\u202F]");

    private NumberCells() {
    }

    /** A count of events or people: a whole number, not negative. {@code 1777.0} is 1777. */
    public static CellReading count(String raw) {
        return count(raw, DecimalMark.POINT);
    }

    /** {@link #count(String)} in a file whose numbers are written with {@code mark}. */
    public static CellReading count(String raw, DecimalMark mark) {
        CellReading reading = decimal(raw, mark);
        if (reading instanceof CellReading.Value value) {
            BigDecimal number = value.number();
            if (number.signum() < 0) {
                return new CellReading.Invalid("expected a count but found a negative number '" + shown(raw) + "'");
            }
            if (number.stripTrailingZeros().scale() > 0) {
                return new CellReading.Invalid("expected a whole number but found '" + shown(raw) + "'");
            }
            return new CellReading.Value(number.setScale(0));
        }
        return reading;
    }

    /** Any decimal number, negative allowed (a net change of subscribers, an amount refunded). */
    public static CellReading decimal(String raw) {
        return decimal(raw, DecimalMark.POINT);
    }

    /**
     * {@link #decimal(String)} in a file whose numbers are written with {@code mark}: with a decimal
     * comma, {@code 1.234,5} is 1234.5 and {@code 1.234} is 1234, never 1.234.
     */
    public static CellReading decimal(String raw, DecimalMark mark) {
        String text = raw == null ? "" : raw.strip();
        if (MISSING.contains(text.toLowerCase(Locale.ROOT))) {
            return new CellReading.Missing();
        }
        if (NumberLimits.isTooLong(text)) {
            // Refused before it is read: reading n digits exactly takes time that grows as n squared.
            return new CellReading.Invalid("expected a number but the cell " + NumberLimits.tooLong(text.length()));
        }
        if (mark == DecimalMark.COMMA) {
            if (!COMMA_DECIMAL.matcher(text).matches()) {
                // A number with a decimal point is one the file's own spelling cannot have: say which is expected.
                return new CellReading.Invalid(DECIMAL.matcher(text).matches()
                        ? "expected a number written with a decimal comma, such as 1.234,5 (the file separates its"
                        + " fields with semicolons), but found '" + shown(text) + "'"
                        : "expected a number but found '" + shown(text) + "'");
            }
            return new CellReading.Value(new BigDecimal(COMMA_GROUPS.matcher(text).replaceAll("").replace(',', '.')));
        }
        if (!DECIMAL.matcher(text).matches()) {
            return new CellReading.Invalid("expected a number but found '" + shown(text) + "'");
        }
        return new CellReading.Value(new BigDecimal(text.replace(",", "")));
    }

    /** The start of a cell, enough to recognise it in a message without copying a long text. */
    static String shown(String text) {
        return Printable.shortened(text);
    }
}
