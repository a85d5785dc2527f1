package dev.reckon.adapter.file.text;

/**
 * Text from a data file made safe to print: every control character (U+0000 to U+001F, U+007F to
 * U+009F: line breaks, tabs, the escape that starts a terminal's colour or cursor sequence) is
 * written as a visible {@code \u001B}, so a message shows what the file holds and a terminal
 * never acts on it.
 */
public final class Printable {

    /** How much of a cell a message quotes: enough to recognise it, never a whole long text. */
    public static final int SHOWN = 40;

    private Printable() {
    }

    /** {@code text} without surrounding spaces, cut to its first {@link #SHOWN} characters (then "..."). */
    public static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() <= SHOWN ? stripped : stripped.substring(0, SHOWN) + "...";
    }

    /** {@code text} with its control characters escaped; {@code text} itself when it has none. */
    public static String escaped(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
