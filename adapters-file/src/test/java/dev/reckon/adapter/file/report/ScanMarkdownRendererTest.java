package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.shared.ScannedText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The passage of a scan in Markdown shows its lines as the text has them. */
class ScanMarkdownRendererTest {

    @Test
    void aSingleLineBreakBecomesAHardBreakAndABlankLineStillPartsParagraphs() {
        assertThat(ScanMarkdownRenderer.withLineBreaks("Dear members,\nwe raised a lot.\n\nThanks,\r\nJo"))
                .isEqualTo("Dear members,\\\nwe raised a lot.\n\nThanks,\\\nJo");
    }

    @Test
    void aLineOfOnlySpacesIsABlankLineAndTheLastLineTakesNoBreak() {
        assertThat(ScanMarkdownRenderer.withLineBreaks("One\n   \nTwo")).isEqualTo("One\n   \nTwo");
        assertThat(ScanMarkdownRenderer.withLineBreaks("One line")).isEqualTo("One line");
    }

    @Test
    void theRenderedPassageKeepsItsLinesAndItsWords() throws IOException {
        String text = "Address:\n1 High Street\nLeeds\n\nWe wrote twice.";
        StringWriter out = new StringWriter();

        new ScanMarkdownRenderer().render(new TextScan(new ScannedText(text, List.of(), List.of(), List.of(), List.of()),
                List.of()), out);

        assertThat(out.toString()).startsWith("# Figures in the text\n\nAddress:\\\n1 High Street\\\nLeeds\n\nWe wrote twice.\n\n");
        assertThat(out.toString().replace("\\\n", "\n")).contains(text);
    }
}
