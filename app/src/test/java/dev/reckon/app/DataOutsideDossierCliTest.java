package dev.reckon.app;

import static dev.reckon.app.CheckDossierCliTest.reckon;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dossier's data stay in its folder unless the user says otherwise, and what a data file holds is never echoed. */
class DataOutsideDossierCliTest {

    private static final String SECRET = "RECKON_API_TOKEN=s3cret-token-value";

    @TempDir
    Path temp;

    @Test
    void dataOutsideTheFolderIsExitTwoWithWhereItIsWrittenAndNothingOfTheFile() throws IOException {
        Path dossier = dossier("data:\n  - path: ../secret.env\n  - path: /proc/self/environ\n"
                + "claims:\n  - { id: a, check: \"1 < 2\" }\n");

        for (String command : new String[] {"check", "serve"}) {
            CliRun run = reckon(command, dossier.toString());

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.UNREADABLE);
            assertThat(run.err()).as(command)
                    .contains(dossier.resolve("dossier.yaml") + ":2:11: '../secret.env' leads outside the dossier's folder")
                    .contains(dossier.resolve("dossier.yaml") + ":3:11: '/proc/self/environ' leads outside")
                    .doesNotContain(SECRET, "RECKON", "PATH=", "Exception");
        }
        CliRun compare = reckon("compare", dossier.toString(), "video_views{a, facebook, 2019-12-01}",
                "video_views{a, facebook, 2019-12-02}");
        assertThat(compare.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(compare.err()).contains("leads outside the dossier's folder").doesNotContain(SECRET);
    }

    @Test
    void withAllowOutsideTheDataIsReadButAFileNoReaderKnowsIsNeverQuoted() throws IOException {
        Path dossier = dossier("data:\n  - path: ../secret.env\nclaims:\n  - { id: a, check: \"1 < 2\" }\n");

        CliRun run = reckon("check", dossier.toString(), "--allow-outside");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("secret.env").doesNotContain(SECRET, "s3cret", "Exception");
    }

    private Path dossier(String yaml) throws IOException {
        Files.writeString(temp.resolve("secret.env"), SECRET + "\nHOME=/root\n", StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(temp.resolve("dossier"));
        Files.writeString(dir.resolve("dossier.yaml"), yaml, StandardCharsets.UTF_8);
        return dir;
    }
}
