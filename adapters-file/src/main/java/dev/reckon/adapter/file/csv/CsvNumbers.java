package dev.reckon.adapter.file.csv;

import java.util.OptionalLong;

/**
 * Reads the numbers a reader meets on every row straight from a record's bytes, without making a
 * string: whole numbers written plainly, and counts grouped in threes by commas. Anything else is
 * left to the caller, which knows what each other spelling means. At most 18 digits are read, so
 * a field of any length costs at most 19 byte looks before it is handed back.
 */
public final class CsvNumbers {

    /**
     * What {@link #wholeNumberOr} gives for a field that is not a plainly written whole number: no
     * such number is this one, since it has at most 18 digits.
     */
    public static final long NOT_A_WHOLE_NUMBER = Long.MIN_VALUE;
    private static final int MAX_DIGITS = 18;

    private CsvNumbers() {
    }

    /**
     * Field {@code index} of {@code record} as a whole number, when it is one written plainly:
     * surrounding spaces, an optional {@code -}, then 1 to 18 digits and nothing else. Anything else
     * ({@code 1.5}, {@code 1,234}, {@code +3}, a longer number) is empty.
     */
    public static OptionalLong wholeNumber(CsvRecord record, int index) {
        long value = wholeNumberOr(record, index);
        return value == NOT_A_WHOLE_NUMBER ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /**
     * {@link #wholeNumber}, without an object: the number, or {@link #NOT_A_WHOLE_NUMBER}. For a
     * reader's loop over millions of rows, where even a short-lived object per row shows.
     */
    public static long wholeNumberOr(CsvRecord record, int index) {
        byte[] bytes = record.bytes();
        int from = record.trimmedStart(index);
        int to = record.trimmedEnd(index, from);
        boolean negative = from < to && bytes[from] == '-';
        int digitsFrom = negative ? from + 1 : from;
        if (digitsFrom == to || to - digitsFrom > MAX_DIGITS) {
            return NOT_A_WHOLE_NUMBER;
        }
        long value = 0;
        for (int i = digitsFrom; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_A_WHOLE_NUMBER;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /**
     * Field {@code index} of {@code record} as a count, when it is one written the way platforms
     * write most counts: surrounding spaces, then 1 to 18 digits, either plain ({@code 1234}) or
     * grouped in threes by commas ({@code 1,234}), and nothing else. Anything else ({@code -},
     * {@code N/A}, an empty field, {@code 1,23}, {@code 1777.0}, a sign, a longer number) is empty.
     */
    public static OptionalLong count(CsvRecord record, int index) {
        byte[] bytes = record.bytes();
        int from = record.trimmedStart(index);
        int to = record.trimmedEnd(index, from);
        long value = 0;
        int digits = 0;
        // Digits since the last comma; -1 before the first comma, where 1 to 3 digits may lead.
        int digitsInGroup = -1;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                digits++;
                if (digitsInGroup >= 0 && ++digitsInGroup > 3) {
                    return OptionalLong.empty();
                }
            } else if (b == ',' && (digitsInGroup < 0 ? digits >= 1 && digits <= 3 : digitsInGroup == 3)) {
                digitsInGroup = 0;
            } else {
                return OptionalLong.empty();
            }
            if (digits > MAX_DIGITS) {
                return OptionalLong.empty();
            }
        }
        if (digits == 0 || digitsInGroup >= 0 && digitsInGroup != 3) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(value);
    }
}
