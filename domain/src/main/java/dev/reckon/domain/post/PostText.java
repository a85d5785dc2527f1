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
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return Optional.empty();
        }
        if (flat.codePointCount(0, flat.length()) <= PREVIEW_LENGTH) {
            return Optional.of(flat);
        }
        int end = flat.offsetByCodePoints(0, PREVIEW_LENGTH - 1);
        return Optional.of(flat.substring(0, end).stripTrailing() + "\u2026");
    }
}
