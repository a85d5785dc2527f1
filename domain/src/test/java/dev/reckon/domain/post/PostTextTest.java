package dev.reckon.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostTextTest {

    @Test
    void aShortTextIsKeptWithItsWhiteSpaceMadeSingleSpaces() {
        assertThat(PostText.preview("  Vote\n\nLabour  today ")).contains("Vote Labour today");
    }

    @Test
    void aLongTextIsCutToThePreviewLengthWithAnEllipsis() {
        String preview = PostText.preview("word ".repeat(40)).orElseThrow();

        assertThat(preview.codePointCount(0, preview.length())).isLessThanOrEqualTo(PostText.PREVIEW_LENGTH);
        assertThat(preview).startsWith("word word").endsWith("\u2026");
    }

    @Test
    void aBlankTextHasNoPreview() {
        assertThat(PostText.preview(" \n ")).isEmpty();
    }

    @Test
    void emojiAreNeverCutInHalf() {
        String preview = PostText.preview("\uD83D\uDE00".repeat(100)).orElseThrow();

        assertThat(preview).endsWith("\uD83D\uDE00\u2026");
    }

    @Test
    void readingOnlyTheStartGivesWhatFlatteningTheWholeTextWould() {
        String eighty = "x".repeat(80);
        for (String text : new String[] {eighty, eighty + "   ", eighty + "y", eighty + " y", "x".repeat(79) + " \n y",
                "\u2003 a\u2003b \u2003", " \u001Ca b\u001C ", "a\t\u000B\f\rb", "word ".repeat(16),
                "word ".repeat(16) + "w", "\uD83D\uDE00 ".repeat(45), "", "\n",
                "a b", "a  b", "a \u2003b", "a\u2003 b", "ab\u2003", "\u2003ab", "Post 1, with a comma", "a \nb", "a\n"}) {
            String flat = text.strip().replaceAll("\\s+", " ");
            java.util.Optional<String> expected = flat.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(flat.codePointCount(0, flat.length()) <= PostText.PREVIEW_LENGTH ? flat
                            : flat.substring(0, flat.offsetByCodePoints(0, PostText.PREVIEW_LENGTH - 1)).stripTrailing()
                                    + "\u2026");

            assertThat(PostText.preview(text)).as("%s", text).isEqualTo(expected);
        }
    }
}
