package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reckon import} takes what a dossier's data entry can say of a file: covers, year and zone. */
class ImportSettingsCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dossier;

    @BeforeEach
    void aDossierInLondon() throws IOException {
        write("dossier.yaml", """
                title: Import settings
                timezone: Europe/London
                subjects:
                  labour: { name: The Labour Party }
                """);
        write("new.csv", "subject,platform,metric,from,to,segment,value\n"
                + "labour,facebook,likes,2019-12-06,2019-12-06,,12\n");
    }

    @Test
    void coversIsReadInTheZoneGivenAsADossierEntryWouldReadIt() throws IOException {
        CliRun run = reckon("import", dossier.resolve("new.csv").toString(), "--dossier", dossier.toString(),
                "--covers", "2019-12-01..2019-12-10", "--zone", "America/New_York", "--report", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode covered = JSON.readTree(run.out()).get("files").get(0).get("covered");
        assertThat(covered.findValuesAsText("from")).contains("2019-12-01T05:00:00Z");
        assertThat(covered.findValuesAsText("to")).contains("2019-12-11T05:00:00Z");
    }

    @Test
    void badSettingsAreUsageErrorsWithoutAStackTrace() {
        CliRun year = reckon("import", dossier.resolve("new.csv").toString(), "--dossier", dossier.toString(), "--year", "19");
        CliRun zone = reckon("import", dossier.resolve("new.csv").toString(), "--dossier", dossier.toString(),
                "--zone", "Mars/Olympus");
        CliRun covers = reckon("import", dossier.resolve("new.csv").toString(), "--dossier", dossier.toString(),
                "--covers", "2019-12-10..2019-12-01");

        assertThat(year.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(year.err()).contains("'19' is not a year such as 2019").doesNotContain("Exception");
        assertThat(zone.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(zone.err()).contains("unknown time zone 'Mars/Olympus'").doesNotContain("Exception");
        assertThat(covers.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(covers.err()).contains("the last day 2019-12-01 is before the first day 2019-12-10");
    }

    private static CliRun reckon(String... args) {
        return CliRun.run(CliRun.components(CliRun.pipe()), args);
    }

    private void write(String file, String text) throws IOException {
        Path path = dossier.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
