package dev.reckon.adapter.file.text;

/** Reads fixed-width numbers, such as the parts of a date, without a parser. */
public final class DecimalDigits {

    private DecimalDigits() {
    }

    /** The number the digits of {@code text} from {@code from} to {@code to} write, or -1 when one is no digit. */
    public static int value(String text, int from, int to) {
        int value = 0;
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
