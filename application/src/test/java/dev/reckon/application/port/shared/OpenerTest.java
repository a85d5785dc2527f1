package dev.reckon.application.port.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.shared.Opener;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenerTest {

    private static final byte[] TEXT = "subject,platform\nlabour,facebook\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void anOpenerOfBytesHasNoKnownSizeAndOpensAtAnOffsetByReadingPastTheBytesBefore() throws IOException {
        Opener opener = () -> new ByteArrayInputStream(TEXT);

        assertThat(opener.size()).isEmpty();
        try (InputStream in = opener.openAt(17)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("labour,facebook\n");
        }
        assertThatThrownBy(() -> opener.openAt(TEXT.length + 1)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> opener.openAt(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOpenerKnowsTheSizeAndOpensAtAnyOffset(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("data.csv"), TEXT);
        Opener opener = Opener.ofFile(file);

        assertThat(opener.size()).hasValue(TEXT.length);
        try (InputStream in = opener.open()) {
            assertThat(in.readAllBytes()).isEqualTo(TEXT);
        }
        try (InputStream in = opener.openAt(17)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("labour,facebook\n");
        }
        try (InputStream in = opener.openAt(TEXT.length)) {
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThatThrownBy(() -> opener.openAt(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingFileHasNoKnownSizeAndFailsToOpen(@TempDir Path folder) {
        Opener opener = Opener.ofFile(folder.resolve("missing.csv"));

        assertThat(opener.size()).isEmpty();
        assertThatThrownBy(opener::open).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> opener.openAt(3)).isInstanceOf(NoSuchFileException.class);
    }
}
