package dev.reckon.adapter.file.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes as a dossier.yaml give a dossier or a {@link DossierException} whose every problem is
 * placed in the file; no other exception comes out of loading.
 */
class DossierYamlFuzzTest {

    private static final FileDossierSource SOURCE = new FileDossierSource();
    private static final Path FOLDER = folder();

    @FuzzTest(maxDuration = "10m")
    void anyDossierYamlLoadsOrSaysWhereItIsWrong(byte[] yaml) throws IOException {
        Path file = FOLDER.resolve(FileDossierSource.FILE_NAME);
        Files.write(file, yaml);
        long lines = yaml.length + 1L;
        try {
            SOURCE.load(FOLDER);
        } catch (DossierException refused) {
            assertThat(refused.problems()).isNotEmpty();
            for (DossierProblem problem : refused.problems()) {
                problem.line().ifPresent(line -> assertThat(line).as("%s", problem).isBetween(1, (int) Math.min(lines, Integer.MAX_VALUE)));
                assertThat(problem.message()).as("%s", problem).isNotBlank();
            }
        }
    }

    /** One folder for the whole run, with a data file for dossiers to name, removed when the JVM ends. */
    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("reckon-dossier-fuzz");
            Path data = Files.createDirectories(folder.resolve("data"));
            Files.writeString(data.resolve("observations.csv"), "subject,platform,metric,from,to,segment,value\n");
            folder.toFile().deleteOnExit();
            data.toFile().deleteOnExit();
            data.resolve("observations.csv").toFile().deleteOnExit();
            folder.resolve(FileDossierSource.FILE_NAME).toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
