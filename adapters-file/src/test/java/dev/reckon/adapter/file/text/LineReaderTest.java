package dev.reckon.adapter.file.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void linesEndInLineFeedsCarriageReturnsOrBothAsBufferedReaderSplitsThem() throws IOException {
        assertThat(lines("a\nb\r\nc\rd")).containsExactly("a", "b", "c", "d");
        assertThat(lines("a\n\nb\n")).containsExactly("a", "", "b");
        assertThat(lines("\r\n\r\n")).containsExactly("", "");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumberWithoutReadingItWhole() throws IOException {
        try (LineReader reader = new LineReader(new StringReader("short\n" + "x".repeat(100) + "\nnext\n"), 64)) {
            assertThat(reader.readLine()).isEqualTo("short");
            assertThatThrownBy(reader::readLine).isInstanceOf(LineTooLongException.class)
                    .hasMessage("line 2 is longer than 64 bytes, the longest line Reckon reads");
        }
    }

    @Test
    void aLineExactlyAtTheLimitIsRead() throws IOException {
        try (LineReader reader = new LineReader(new StringReader("x".repeat(64)), 64)) {
            assertThat(reader.readLine()).hasSize(64);
            assertThat(reader.lineNumber()).isEqualTo(1);
        }
    }

    private static List<String> lines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
