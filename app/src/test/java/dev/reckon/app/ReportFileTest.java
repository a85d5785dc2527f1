package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file is written whole, as UTF-8, or not at all. */
class ReportFileTest {

    @TempDir
    Path folder;

    @Test
    void emojiAndEvenHalfASurrogatePairAreWrittenAndTheFileIsWhole() throws IOException {
        Path file = folder.resolve("report.md");

        ReportFile.write(file, out -> out.write("views 📈 up; a broken \uD83D pair; the end\n"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("views 📈 up; a broken ? pair; the end\n");
        assertThat(entries()).containsExactly("report.md");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldReportAndNothingElse() throws IOException {
        Path file = folder.resolve("report.md");
        Files.writeString(file, "the old report\n");

        assertThatThrownBy(() -> ReportFile.write(file, out -> {
            out.write("the new report, first half\n".repeat(10_000));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(Files.readString(file)).isEqualTo("the old report\n");
        assertThat(entries()).containsExactly("report.md");
    }

    @Test
    void aNewReportReplacesTheOldOneWhole() throws IOException {
        Path file = folder.resolve("report.json");
        Files.writeString(file, "x".repeat(100_000));

        ReportFile.write(file, out -> out.write("{}\n"));

        assertThat(Files.readString(file)).isEqualTo("{}\n");
        assertThat(entries()).containsExactly("report.json");
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
