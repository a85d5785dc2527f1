package dev.reckon.domain.post;

import java.util.Optional;

/** What of a post's text is kept: enough words to recognise it in a list or an explanation. */
public final class PostText {

    /** Code points kept of a post's text; a tweet's first sentence, not a whole Facebook essay. */
    public static final int PREVIEW_LENGTH = 80;

    private PostText() {
    }

    /**
     * The first {@link #PREVIEW_LENGTH} code points of {@code text} with its runs of white space
     * (line breaks included) made single spaces, ending in an ellipsis when cut; empty for a blank text.
     */
    public static Optional<String> preview(String text) {
        if (isShortAndFlat(text)) {
            return Optional.of(text);
        }
        String flat = flattenedStart(text);
        if (flat.isEmpty()) {
            return Optional.empty();
        }
        if (flat.codePointCount(0, flat.length()) <= PREVIEW_LENGTH) {
            return Optional.of(flat);
        }
        int end = flat.offsetByCodePoints(0, PREVIEW_LENGTH - 1);
        return Optional.of(flat.substring(0, end).stripTrailing() + "\u2026");
    }

    /**
     * Whether {@code text} is its own preview: short enough, and with nothing to strip or flatten.
     * Most posts of a large export are short one-liners, and this spares them a copy.
     */
    private static boolean isShortAndFlat(String text) {
        int length = text.length();
        if (length == 0 || length > PREVIEW_LENGTH || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(length - 1))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '\t' && c <= '\r' || c == ' ' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@code text.strip().replaceAll("\\s+", " ")} starts with, up to one code point more than a
     * preview keeps: every post of an import passes here, and a long text need not be read whole.
     */
    private static String flattenedStart(String text) {
        StringBuilder flat = new StringBuilder(PREVIEW_LENGTH + 8);
        int kept = 0;
        boolean pendingSpace = false;
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        while (i < text.length() && kept <= PREVIEW_LENGTH) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isRegexSpace(codePoint)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                flat.append(' ');
                kept++;
                pendingSpace = false;
                if (kept > PREVIEW_LENGTH) {
                    return flat.toString();
                }
            }
            flat.appendCodePoint(codePoint);
            kept++;
        }
        // A text that ended within the prefix loses its trailing white space, as strip() would.
        return i >= text.length() ? flat.toString().stripTrailing() : flat.toString();
    }

    /** The white space of the regular expression {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(int codePoint) {
        return codePoint == ' ' || (codePoint >= '\t' && codePoint <= '\r');
    }
}
