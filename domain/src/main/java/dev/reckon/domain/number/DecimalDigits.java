package dev.reckon.domain.number;

/**
 * Reads fixed-width numbers, such as the parts of a date or a stored whole count, without a parser:
 * the readers of files and the stores read such digits on their hot paths.
 */
public final class DecimalDigits {

    private DecimalDigits() {
    }

    /** The number the digits of {@code text} from {@code from} to {@code to} write, or -1 when one is no digit. */
    public static int value(String text, int from, int to) {
        // Both wrap alike past the range of an int: the callers read at most a few digits.
        return (int) longValue(text, from, to);
    }

    /**
     * The number the digits of {@code text} from {@code from} to {@code to} write, or -1 when one is
     * no digit; up to 18 digits always fit.
     */
    public static long longValue(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
