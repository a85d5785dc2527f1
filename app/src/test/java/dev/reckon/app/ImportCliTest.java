package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reckon import} with the real dossier reader and importers. */
class ImportCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "subject,platform,metric,from,to,segment,value\n";

    @TempDir
    Path temp;
    private Path dossier;

    @BeforeEach
    void aDossierWithData() throws IOException {
        dossier = temp.resolve("ge2019");
        write(dossier.resolve("dossier.yaml"), """
                title: Import test
                timezone: Europe/London
                subjects:
                  labour: { name: The Labour Party, accounts: { twitter: uklabour } }
                data:
                  - path: data/
                """);
        write(dossier.resolve("data/good.csv"), HEADER
                + "labour,facebook,likes,2019-12-06,2019-12-06,,12\n"
                + "labour,facebook,likes,2019-12-07,2019-12-07,,13\n");
        write(dossier.resolve("data/mixed.csv"), HEADER
                + "labour,facebook,likes,2019-12-06,2019-12-06,,1\n"
                + "tories,facebook,likes,2019-12-06,2019-12-06,,2\n"
                + "labour,myspace,likes,2019-12-06,2019-12-06,,lots\n");
    }

    @Test
    void aTextReportListsEachFileAndItsRejectedRowsWithExitZeroAndChangesNoFile() throws IOException {
        Map<String, String> before = contents(temp);

        CliRun run = reckon("import", dossier.resolve("data").toString(), "--dossier", dossier.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String mixed = dossier.resolve("data/mixed.csv").toString();
        assertThat(run.outLines()).contains(
                dossier.resolve("data/good.csv") + ": canonical-csv (UTF-8)",
                "  2 rows read: 2 accepted, 0 rejected",
                mixed + ": canonical-csv (UTF-8)",
                "  3 rows read: 1 accepted, 2 rejected",
                "  " + mixed + ":3:1 (subject): 1 row for tories, which this dossier does not name (its subjects: labour):"
                        + " skipped",
                "  " + mixed + ":4:2 (platform): unknown platform 'myspace': expected one of facebook, instagram, twitter,"
                        + " youtube, tiktok, web, all",
                "2 files: 2 read; 5 rows read, 3 accepted, 2 rejected");
        assertThat(run.outLines()).as("dossier.yaml is not data").noneMatch(line -> line.contains("dossier.yaml"));
        assertThat(contents(temp)).as("no file is written or changed").isEqualTo(before);
    }

    @Test
    void aJsonReportGivesTheSameForTools() throws IOException {
        CliRun run = reckon("import", dossier.resolve("data/mixed.csv").toString(), "--dossier", dossier.toString(),
                "--report", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = JSON.readTree(run.out());
        JsonNode file = report.get("files").get(0);
        assertThat(file.get("format").asText()).isEqualTo("canonical-csv");
        assertThat(file.get("rowsRead").asLong()).isEqualTo(3);
        assertThat(file.get("rowsRejected").asLong()).isEqualTo(2);
        assertThat(file.get("problems").get(1).get("line").asLong()).isEqualTo(4);
        assertThat(file.get("problems").get(1).get("column").asInt()).isEqualTo(2);
        assertThat(file.get("problems").get(1).get("field").asText()).isEqualTo("platform");
        assertThat(file.get("covered").get(0).get("from").asText()).isEqualTo("2019-12-06T00:00:00Z");
        assertThat(report.get("unreadable")).isEmpty();
        assertThat(report.get("totals").get("rowsAccepted").asLong()).isEqualTo(1);
    }

    @Test
    void anUnrecognisedOrMissingFileIsExitTwoWithTheReasonsAndTheOtherFilesStillReported() throws IOException {
        Path notes = temp.resolve("notes.txt");
        write(notes, "hello\n");
        Map<String, String> before = contents(temp);

        CliRun run = reckon("import", notes.toString(), dossier.resolve("data/good.csv").toString(),
                temp.resolve("nowhere.csv").toString(), "--dossier", dossier.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.outLines()).contains("  2 rows read: 2 accepted, 0 rejected",
                temp.resolve("nowhere.csv") + ": cannot be imported: no such file or folder",
                "3 files: 1 read, 2 could not be read; 2 rows read, 2 accepted, 0 rejected");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(notes + ": cannot be imported: no known format fits this file (canonical-csv: the first line names no canonical column")
                .contains("crowdtangle-posts: "));
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(contents(temp)).isEqualTo(before);
    }

    @Test
    void subjectAndPlatformApplyToRowsThatLeaveThemOutAndAFormatForcesAReader() throws IOException {
        Path file = temp.resolve("unnamed.csv");
        write(file, HEADER + ",,likes,2019-12-06,2019-12-06,,5\n");

        CliRun without = reckon("import", file.toString(), "--dossier", dossier.toString());
        CliRun with = reckon("import", file.toString(), "--dossier", dossier.toString(), "--subject", "labour",
                "--platform", "x", "--format", "canonical-csv");

        assertThat(without.outLines()).contains("  1 row read: 0 accepted, 1 rejected");
        assertThat(with.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(with.outLines()).contains("  1 row read: 1 accepted, 0 rejected");
    }

    @Test
    void wrongOptionsAreExitTwoWithoutAStackTrace() throws IOException {
        Path file = dossier.resolve("data/good.csv");

        CliRun subject = reckon("import", file.toString(), "--dossier", dossier.toString(), "--subject", "tories");
        CliRun platform = reckon("import", file.toString(), "--dossier", dossier.toString(), "--platform", "myspace");
        CliRun format = reckon("import", file.toString(), "--dossier", dossier.toString(), "--format", "excel");
        CliRun noDossier = reckon("import", file.toString());
        CliRun missingDossier = reckon("import", file.toString(), "--dossier", temp.resolve("nowhere").toString());

        assertThat(subject.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(subject.err()).contains("--subject: the dossier has no subject 'tories': expected one of labour");
        assertThat(platform.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(platform.err()).contains("'myspace' is not a platform");
        assertThat(format.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(format.out()).contains("the dossier asks for the format 'excel', which Reckon does not know");
        assertThat(noDossier.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(noDossier.err()).contains("--dossier");
        assertThat(missingDossier.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(missingDossier.err()).contains(temp.resolve("nowhere").toString());
        assertThat(missingDossier.out()).as("no report when the dossier cannot be read").isEmpty();
        assertThat(List.of(subject.err(), platform.err(), format.err(), noDossier.err(), missingDossier.err()))
                .noneMatch(e -> e.contains("at dev."));
    }

    @Test
    void theProgressBarIsDrawnOnATerminalOnlyAndOnStandardError() throws IOException {
        String[] args = {"import", dossier.resolve("data/good.csv").toString(), "--dossier", dossier.toString()};

        CliRun piped = CliRun.run(CliRun.components(CliRun.pipe()), args);
        CliRun terminal = CliRun.run(CliRun.components(new CliEnvironment(Map.of(), true)), args);

        assertThat(piped.err()).doesNotContain("\r").doesNotContain("%");
        assertThat(terminal.err()).contains("\r[").contains("100%").contains("good.csv");
        assertThat(terminal.err()).as("the bar is cleared before the report").endsWith("\r");
        assertThat(terminal.out()).isEqualTo(piped.out());
    }

    @Test
    void theBarShowsHowFarTheFileHasBeenRead() {
        assertThat(ProgressBar.line("big.csv", 45_000_000, 100_000_000))
                .isEqualTo("[#############.................]  45%  45.0 of 100.0 MB  big.csv");
        assertThat(ProgressBar.line("empty.csv", 0, 0)).isEqualTo("[..............................]   0%  0.0 of 0.0 MB  empty.csv");
    }

    private static CliRun reckon(String... args) {
        return CliRun.run(CliRun.components(CliRun.pipe()), args);
    }

    /** Every file under {@code root} with a hash of its bytes. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return contents;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
