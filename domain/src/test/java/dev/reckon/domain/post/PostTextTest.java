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
}
