package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.shared.Opener;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bar follows a file without hiding what a reader needs to read it fast. */
class ProgressBarTest {

    @TempDir
    Path folder;

    @Test
    void aFollowedFileKeepsItsSizeAndStatSoAReaderMayStillReadItInParts() throws Exception {
        Path file = folder.resolve("big.csv");
        Files.writeString(file, "0123456789", StandardCharsets.US_ASCII);
        Opener plain = Opener.ofFile(file);
        StringWriter shown = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(shown));

        Opener followed = bar.follow("big.csv", 10, plain);

        assertThat(followed.size()).isEqualTo(plain.size());
        assertThat(followed.stat()).isEqualTo(plain.stat()).isPresent();
        try (InputStream first = followed.open(); InputStream second = followed.openAt(5)) {
            assertThat(first.readNBytes(5)).asString(StandardCharsets.US_ASCII).isEqualTo("01234");
            assertThat(second.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("56789");
        }
        assertThat(shown.toString()).contains("[#####").contains("big.csv");
        bar.clear();
        assertThat(shown.toString()).endsWith("\r");
    }
}
