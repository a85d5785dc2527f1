package dev.reckon.adapter.prose;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Where the sentences of the words start, by ICU's sentence rules with the standard English
 * exceptions ("Mr.", "e.g." do not end a sentence).
 */
final class Sentences {

    private static final ULocale ENGLISH_WITH_ABBREVIATIONS = new ULocale("en@ss=standard");

    /** A bullet ("- ", "* ", "• "), a numbered item ("1. ", "2) "), a heading ("## ") or a thread's "2/ ". */
    private static final Pattern ITEM_START = Pattern.compile("[ \t]*([-*•+▪–][ \t]|\\d{1,3}[.)/][ \t]|#{1,6}[ \t])");

    private final int[] starts;

    private Sentences(int[] starts) {
        this.starts = starts;
    }

    static Sentences of(String words) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);
        breaks.setText(unwrapped(words));
        int[] starts = new int[16];
        int count = 0;
        for (int start = breaks.first(); start != BreakIterator.DONE && start < words.length(); start = breaks.next()) {
            if (count > 0 && words.substring(starts[count - 1], start).isBlank()) {
                // White space alone is no sentence: it joins the next one.
                count--;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
        }
        if (count == 0) {
            return new Sentences(new int[] {0});
        }
        return new Sentences(Arrays.copyOf(starts, count));
    }

    /**
     * The words with each line break inside a paragraph made a space (same length, so offsets hold):
     * ICU ends a sentence at every line break, but prose is often wrapped by hand. A blank line
     * still ends one, and so does a line that starts a list item, a heading or a numbered post of a
     * thread: slides and threads rarely end their lines with a full stop.
     */
    static String unwrapped(String words) {
        char[] chars = words.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if ((chars[i] == '\n' || chars[i] == '\r') && !blankLineAround(words, i) && !ITEM_START.matcher(words).region(i + 1, words.length()).lookingAt()) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean blankLineAround(String words, int at) {
        return onlySpaceUntilBreak(words, at, -1) || onlySpaceUntilBreak(words, at, 1);
    }

    private static boolean onlySpaceUntilBreak(String words, int at, int step) {
        for (int i = at + step; i >= 0 && i < words.length(); i += step) {
            char c = words.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    int count() {
        return starts.length;
    }

    int start(int index) {
        return starts[index];
    }

    /** 0-based index of the sentence holding {@code offset}. */
    int indexOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : Math.max(0, -at - 2);
    }
}
