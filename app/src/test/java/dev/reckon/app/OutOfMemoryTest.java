package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for an import ends in one plain message and exit code 3, never a stack trace. */
class OutOfMemoryTest {

    @TempDir
    Path dossier;

    @Test
    void aHeapTooSmallForTheImportIsSaidInOneLine() throws IOException, InterruptedException {
        writeDossierTooBigForSixteenMegabytes();
        Path stderr = dossier.resolve("stderr.txt");
        Process reckon = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", dossier.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        assertThat(reckon.waitFor(120, TimeUnit.SECONDS)).as("reckon finished").isTrue();

        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(reckon.exitValue()).as(errors).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(errors).contains("reckon: out of memory: the Java heap (at most ")
                .contains("RECKON_JAVA_OPTIONS=-Xmx1g")
                .doesNotContain("\tat ", "Exception in thread", "OutOfMemoryError");
    }

    /** 400,000 rows of 20,000 series in no order: their coverage alone outgrows a 16 MB heap. */
    private void writeDossierTooBigForSixteenMegabytes() throws IOException {
        Files.writeString(dossier.resolve("dossier.yaml"), """
                title: Too big for the heap
                timezone: UTC
                subjects:
                  labour: { name: Labour }
                data:
                  - path: data/big.csv
                claims:
                  - id: some
                    check: "likes{labour, facebook, 2019} > 0"
                """, StandardCharsets.UTF_8);
        Files.createDirectories(dossier.resolve("data"));
        Random random = new Random(1);
        LocalDate first = LocalDate.of(2019, 1, 1);
        try (BufferedWriter csv = Files.newBufferedWriter(dossier.resolve("data/big.csv"), StandardCharsets.UTF_8)) {
            csv.write("subject,platform,metric,from,to,segment,value\n");
            for (int row = 0; row < 400_000; row++) {
                LocalDate day = first.plusDays(random.nextInt(365));
                csv.write("labour,facebook,likes," + day + "," + day + ",town=t" + random.nextInt(20_000) + ","
                        + random.nextInt(1_000) + "\n");
            }
        }
    }
}
