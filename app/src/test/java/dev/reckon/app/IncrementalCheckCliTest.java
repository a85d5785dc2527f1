package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import dev.reckon.adapter.jdbc.SqliteObservationStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reckon check} keeps a dossier's imports in {@code DOSSIER_DIR/.reckon/reckon.db} and reads
 * again only the data files that changed since.
 */
class IncrementalCheckCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "subject,platform,metric,from,to,segment,value\n";

    @TempDir
    Path dossier;

    @BeforeEach
    void writeDossier() throws IOException {
        writeYaml("""
                  - path: data/2019.csv
                  - path: data/2017.csv
                """);
        write("data/2019.csv", HEADER + "labour,facebook,video_views,2019-11-06,2019-12-12,,31000000\n"
                + "labour,facebook,video_views,2019-11-06,2019-12-12,,lots\n");
        write("data/2017.csv", HEADER + "labour,facebook,video_views,2017-05-03,2017-06-08,,12000000\n");
    }

    @Test
    void aSecondCheckOfAnUnchangedDossierReadsNoFileSaysSoAndGivesTheSameVerdicts() throws IOException {
        CliRun first = check();
        CliRun second = check();

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(second.exitCode()).isEqualTo(ExitCode.OK);
        try (SqliteObservationStore store = SqliteObservationStore.open(dossier.resolve(".reckon/reckon.db"))) {
            // Hashed while it was imported: the file's own SHA-256, as sha256sum prints it.
            assertThat(store.source("data/2019.csv").orElseThrow().contentHash())
                    .isEqualTo(sha256(dossier.resolve("data/2019.csv")));
        }
        assertThat(first.errLines()).contains("0 files unchanged, 2 re-imported");
        assertThat(second.errLines()).contains("2 files unchanged, 0 re-imported");
        // The stored import reports stand for the files not read: the same rows, the same rejected row.
        assertThat(without(second.errLines(), "2 files unchanged, 0 re-imported"))
                .isEqualTo(without(first.errLines(), "0 files unchanged, 2 re-imported"))
                .anySatisfy(line -> assertThat(line).startsWith(dossier.resolve("data/2019.csv") + ":3:7"));
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(verdicts(second)).containsExactly(Map.entry("views-2019", "true"), Map.entry("views-2017", "true"));
    }

    @Test
    void changingOneFileReimportsOnlyItAndChangesTheVerdictThatDependsOnIt() throws IOException {
        check();

        write("data/2019.csv", HEADER + "labour,facebook,video_views,2019-11-06,2019-12-12,,29000000\n");
        CliRun changed = check();

        assertThat(changed.errLines()).contains("1 file unchanged, 1 re-imported");
        assertThat(changed.err()).contains("read " + dossier.resolve("data/2019.csv") + " as canonical-csv")
                .contains("1 accepted, 0 rejected");
        assertThat(verdicts(changed)).containsExactly(Map.entry("views-2019", "false"), Map.entry("views-2017", "true"));
    }

    @Test
    void aDataFileTakenOutOfTheDossierNoLongerCounts() throws IOException {
        check();

        writeYaml("""
                  - path: data/2019.csv
                """);
        CliRun without = check();

        assertThat(without.errLines()).contains("1 file unchanged, 0 re-imported, 1 removed");
        assertThat(verdicts(without)).containsExactly(Map.entry("views-2019", "true"),
                Map.entry("views-2017", "no-data"));
    }

    @Test
    void aDossierNamedByItsYamlFileKeepsItsStoreInItsFolder() {
        check();

        CliRun byFile = CheckDossierCliTest.reckon("check", dossier.resolve("dossier.yaml").toString());

        assertThat(byFile.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(byFile.errLines()).contains("2 files unchanged, 0 re-imported");
    }

    @Test
    void aStoreFromANewerReckonIsOneLineAndExitTwo() throws IOException, SQLException {
        Path store = dossier.resolve(".reckon/reckon.db");
        Files.createDirectories(store.getParent());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            statement.execute("INSERT INTO schema_version VALUES (99)");
        }

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.errLines()).singleElement().asString().startsWith("reckon: " + store.toAbsolutePath()
                + " was written by a newer version of Reckon (store version 99)");
        assertThat(run.out()).isEmpty();
    }

    private CliRun check() {
        return CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
    }

    private static Map<String, String> verdicts(CliRun run) throws IOException {
        return CheckDossierCliTest.verdicts(JSON.readTree(run.out()));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static List<String> without(List<String> lines, String line) {
        return lines.stream().filter(l -> !l.equals(line)).toList();
    }

    private void writeYaml(String data) throws IOException {
        write("dossier.yaml", """
                title: Views
                timezone: Europe/London
                subjects:
                  labour: { name: UK Labour }
                periods:
                  ge2019: { from: 2019-11-06, to: 2019-12-12 }
                  ge2017: { from: 2017-05-03, to: 2017-06-08 }
                data:
                """ + data + """
                claims:
                  - { id: views-2019, check: "video_views{labour, facebook, ge2019} = 31m" }
                  - { id: views-2017, check: "video_views{labour, facebook, ge2017} > 10m" }
                """);
    }

    private void write(String file, String text) throws IOException {
        Path path = dossier.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
