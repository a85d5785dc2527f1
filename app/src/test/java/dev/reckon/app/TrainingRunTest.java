package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training runs must succeed, or it keeps no archive and every start is slow again. */
class TrainingRunTest {

    @TempDir
    Path temp;

    @Test
    void theCheckTrainingChecksTheExampleAsATableAndAsJson() throws Exception {
        Path example = RepositoryFiles.copyOf("examples/ge2019", temp.resolve("repository"));

        assertThat(TrainingRun.train("check", example.toString(), CliRun.pipe())).isEqualTo(ExitCode.OK);
        assertThat(example.resolve(".reckon/reckon.db")).exists();
    }

    @Test
    void theServeTrainingServesTheExampleUntilItsReportAnswersThenStopsTheServer() throws Exception {
        Path example = RepositoryFiles.copyOf("examples/ge2019", temp.resolve("repository"));

        assertThat(TrainingRun.train("serve", example.toString(), CliRun.pipe())).isEqualTo(ExitCode.OK);
    }

    @Test
    void aMissingDossierFailsTheTraining() throws Exception {
        assertThat(TrainingRun.train("check", temp.resolve("nowhere").toString(), CliRun.pipe()))
                .isEqualTo(ExitCode.UNREADABLE);
    }
}
