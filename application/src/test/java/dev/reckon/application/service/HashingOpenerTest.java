package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.shared.Opener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingOpenerTest {

    private static final byte[] BYTES = "subject,platform,metric\nlabour,facebook,video_views\n".repeat(500)
            .getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger opens = new AtomicInteger();
    private final HashingOpener opener = new HashingOpener(() -> {
        opens.incrementAndGet();
        return new ByteArrayInputStream(BYTES);
    });

    @Test
    void aStreamReadToItsEndGivesTheFilesSizeAndHashWithoutAnotherPass() throws IOException {
        try (InputStream in = opener.open()) {
            in.read();
            in.readAllBytes();
        }

        assertThat(opener.complete()).contains(Fingerprint.of(() -> new ByteArrayInputStream(BYTES)));
        assertThat(opener.fingerprint().size()).isEqualTo(BYTES.length);
        assertThat(opens).hasValue(1);
    }

    @Test
    void aStreamOnlyPeekedIntoCountsForNothingAndTheFileIsHashedOnceMore() throws IOException {
        try (InputStream in = opener.open()) {
            in.readNBytes(100);
        }

        assertThat(opener.complete()).isEmpty();
        assertThat(opener.fingerprint()).isEqualTo(Fingerprint.of(() -> new ByteArrayInputStream(BYTES)));
        assertThat(opens).hasValue(2);
    }

    @Test
    void skippedBytesAreHashedAndMarkIsNotOffered() throws IOException {
        try (InputStream in = opener.open()) {
            assertThat(in.markSupported()).isFalse();
            assertThat(in.skip(1000)).isEqualTo(1000);
            in.readAllBytes();
            assertThat(in.read()).isEqualTo(-1);
        }

        assertThat(opener.complete()).contains(Fingerprint.of(() -> new ByteArrayInputStream(BYTES)));
    }

    @Test
    void aStreamOpenedAtAnOffsetIsTheFilesOwnAndNeverGivesTheHash(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("data.csv"), BYTES);
        HashingOpener ofFile = new HashingOpener(Opener.ofFile(file));

        assertThat(ofFile.size()).hasValue(BYTES.length);
        try (InputStream in = ofFile.openAt(24)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(BYTES, 24, BYTES.length));
        }
        assertThat(ofFile.complete()).isEmpty();
    }

    @Test
    void aLargeFileIsHashedBesideWhatTheCallerDoesMeanwhileThroughItsOwnOpener(@TempDir Path folder)
            throws IOException {
        Path file = Files.write(folder.resolve("data.csv"), BYTES);
        AtomicInteger hashedOpens = new AtomicInteger();
        Opener hashed = () -> {
            hashedOpens.incrementAndGet();
            return Files.newInputStream(file);
        };
        HashingOpener large = new HashingOpener(Opener.ofFile(file), hashed, BYTES.length);
        try (InputStream in = large.open()) {
            in.readAllBytes();
        }
        assertThat(large.complete()).isEmpty();
        AtomicInteger ran = new AtomicInteger();

        Fingerprint fingerprint = large.fingerprintWhile(ran::incrementAndGet);

        assertThat(fingerprint).isEqualTo(Fingerprint.of(() -> new ByteArrayInputStream(BYTES)));
        assertThat(ran).hasValue(1);
        assertThat(hashedOpens).hasValue(1);
    }

    @Test
    void aSmallFileRunsWhatTheCallerDoesThenGivesTheHashItsReadMade() throws IOException {
        try (InputStream in = opener.open()) {
            in.readAllBytes();
        }
        AtomicInteger ran = new AtomicInteger();

        assertThat(opener.fingerprintWhile(ran::incrementAndGet))
                .isEqualTo(Fingerprint.of(() -> new ByteArrayInputStream(BYTES)));
        assertThat(ran).hasValue(1);
        assertThat(opens).hasValue(1);
    }

    @Test
    void aFailureOfTheHashOrOfWhatRanMeanwhileReachesTheCaller(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("data.csv"), BYTES);
        HashingOpener unreadable = new HashingOpener(Opener.ofFile(file), () -> {
            throw new IOException("data.csv vanished");
        }, 1);
        HashingOpener readable = new HashingOpener(Opener.ofFile(file), Opener.ofFile(file), 1);

        assertThatThrownBy(() -> unreadable.fingerprintWhile(() -> { }))
                .isInstanceOf(IOException.class).hasMessage("data.csv vanished");
        assertThatThrownBy(() -> readable.fingerprintWhile(() -> {
            throw new IllegalStateException("the store went away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the store went away");
    }
}
