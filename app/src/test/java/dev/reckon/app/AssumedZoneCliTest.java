package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dossier without {@code timezone:} is read in UTC, and a run says so once, whatever its files (issue 12, 7). */
class AssumedZoneCliTest {

    private static final String NOTE = "the dossier gives no 'timezone:', so UTC is assumed";

    @TempDir
    Path temp;

    @Test
    void aDossierWithoutATimezoneSaysOnceThatUtcIsAssumed() throws IOException {
        Path dossier = dossier("""
                data:
                  - path: a.csv
                  - path: b.csv
                claims:
                  - { id: c, check: "1 < 2" }
                """);

        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err().split(NOTE, -1)).as(run.err()).hasSize(2);
        assertThat(run.err()).contains("a.csv: dates, and times without an offset, are read in UTC, the dossier's zone");
    }

    @Test
    void aDossierWithATimezoneSaysNothingOfIt() throws IOException {
        Path dossier = dossier("""
                timezone: Europe/London
                data:
                  - path: a.csv
                claims:
                  - { id: c, check: "1 < 2" }
                """);

        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString());

        assertThat(run.err()).doesNotContain(NOTE)
                .contains("a.csv: dates, and times without an offset, are read in Europe/London, the dossier's zone");
    }

    private Path dossier(String yaml) throws IOException {
        Path dir = temp.resolve("d");
        Files.createDirectories(dir);
        String rows = "subject,platform,metric,from,to,segment,value\nhq,twitter,impressions,2021-11-01,2021-11-01,,5\n";
        Files.writeString(dir.resolve("a.csv"), rows);
        Files.writeString(dir.resolve("b.csv"), rows);
        Files.writeString(dir.resolve("dossier.yaml"), "subjects:\n  hq: {}\n" + yaml);
        return dir;
    }
}
