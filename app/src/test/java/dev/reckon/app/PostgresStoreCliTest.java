package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.postgres.EmbeddedDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --store postgresql://...} on the real command line, against a real PostgreSQL server: the
 * same verdicts as the default SQLite store, nothing written in the dossier's folder, a second run
 * (another set of connections, as another process would have) seeing what the first imported.
 */
class PostgresStoreCliTest {

    @TempDir
    Path temp;

    private Path example;
    private String dossierUrl;

    @BeforeEach
    void copyTheExample() throws IOException {
        example = RepositoryFiles.copyOf("examples/ge2019", temp.resolve("repository"));
        // A dossier of its own in the shared database for each test.
        dossierUrl = EmbeddedDatabase.url() + "?dossier=" + EmbeddedDatabase.freshDossier();
    }

    /** The example, and a dossier of a campaign's unedited X exports (per tweet and daily: posts too). */
    @ParameterizedTest
    @ValueSource(strings = {"examples/ge2019", "app/src/test/resources/x-exports-dossier"})
    void checkGivesTheVerdictsOfSqliteAndWritesNothingInTheDossiersFolder(String dossier) throws IOException {
        Path sqliteCopy = RepositoryFiles.copyOf(dossier, temp.resolve("sqlite"));
        Path postgresCopy = RepositoryFiles.copyOf(dossier, temp.resolve("postgres"));
        CliRun sqlite = reckon(Map.of(), "check", sqliteCopy.toString(), "--format", "json");

        CliRun postgres = reckon(Map.of(), "check", postgresCopy.toString(), "--format", "json", "--store", dossierUrl);

        assertThat(postgres.exitCode()).as(postgres.err()).isEqualTo(sqlite.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(postgres.out().replace(temp.resolve("postgres").toString(), "DOSSIER"))
                .isEqualTo(sqlite.out().replace(temp.resolve("sqlite").toString(), "DOSSIER"));
        assertThat(postgres.out()).contains("\"verdict\"");
        assertThat(postgresCopy.resolve(".reckon")).doesNotExist();
        assertThat(sqliteCopy.resolve(".reckon/reckon.db")).exists();
    }

    /** The real per-tweet exports of @rOpenSci (shared/real-exports/x-analytics): posts, sets by post, inline periods. */
    @Test
    void overRealExportsTheVerdictsAreSqlites() throws IOException {
        Path exports = RepositoryFiles.realExports("x-analytics");
        String yaml = "timezone: Europe/London\n"
                + "subjects:\n  ro: { name: rOpenSci, accounts: { twitter: rOpenSci } }\n"
                + "data:\n  - path: data/\nclaims:\n"
                + "  - { id: quarter, check: \"posts{ro, twitter, 2017-Q1} = 88\" }\n"
                + "  - { id: most-seen, check: \"max(post_impressions{ro, twitter, 2017-Q1} by post) = 21,634\" }\n"
                + "  - { id: best-month, check: \"argmax(post_impressions{ro, twitter, 2017-Q1} by month) = 2017-03\" }\n"
                + "  - { id: year, check: \"posts{ro, twitter, 2017} >= 88\" }\n";
        Path sqliteCopy = dossierOver(exports, yaml, temp.resolve("sqlite").resolve("rOpenSci"));
        Path postgresCopy = dossierOver(exports, yaml, temp.resolve("postgres").resolve("rOpenSci"));
        CliRun sqlite = reckon(Map.of(), "check", sqliteCopy.toString(), "--format", "json");

        CliRun postgres = reckon(Map.of(), "check", postgresCopy.toString(), "--format", "json", "--store", dossierUrl);

        assertThat(postgres.exitCode()).as(postgres.err()).isEqualTo(sqlite.exitCode());
        assertThat(postgres.out().replace(temp.resolve("postgres").toString(), "DOSSIER"))
                .isEqualTo(sqlite.out().replace(temp.resolve("sqlite").toString(), "DOSSIER"));
        assertThat(postgres.out()).containsPattern("\"verdict\"\\s*:\\s*\"true\"")
                .doesNotContainPattern("\"verdict\"\\s*:\\s*\"(invalid|no-data)\"");
        assertThat(postgresCopy.resolve(".reckon")).doesNotExist();
    }

    private static Path dossierOver(Path exports, String yaml, Path folder) throws IOException {
        Files.createDirectories(folder.resolve("data"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve("data").resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("dossier.yaml"), yaml);
        return folder;
    }

    @Test
    void aSecondRunSeesWhatTheFirstImported() {
        CliRun first = reckon(Map.of(), "check", example.toString(), "--store", dossierUrl);
        CliRun second = reckon(Map.of(StoreChoice.VARIABLE, dossierUrl), "check", example.toString());

        assertThat(first.err()).containsPattern("0 files unchanged, [1-9][0-9]* re-imported");
        assertThat(second.err()).containsPattern("[1-9][0-9]* files unchanged, 0 re-imported");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(example.resolve(".reckon")).doesNotExist();
    }

    @Test
    void dataAndPostsReadTheSameStore() {
        reckon(Map.of(), "check", example.toString(), "--store", dossierUrl);

        CliRun data = reckon(Map.of(StoreChoice.VARIABLE, dossierUrl), "data", example.toString());
        CliRun fromSqlite = reckon(Map.of(), "data", example.toString(), "--store", "sqlite");

        assertThat(data.exitCode()).as(data.err()).isEqualTo(ExitCode.OK);
        assertThat(data.out()).isEqualTo(fromSqlite.out());
        assertThat(reckon(Map.of(), "posts", example.toString(), "--store", dossierUrl).exitCode())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void aRefusedPasswordIsNeverPrinted() {
        String wrong = EmbeddedDatabase.url().replace("postgresql://postgres@", "postgresql://nobody:hunter2@");

        CliRun run = reckon(Map.of(), "check", example.toString(), "--store", wrong);
        CliRun fromVariable = reckon(Map.of(StoreChoice.VARIABLE, wrong.replace(":hunter2", ""),
                "PGPASSWORD", "hunter2"), "check", example.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("refused user nobody").doesNotContain("hunter2");
        assertThat(run.out()).doesNotContain("hunter2");
        assertThat(fromVariable.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(fromVariable.err()).contains("refused user nobody").doesNotContain("hunter2");
        assertThat(example.resolve(".reckon")).doesNotExist();
    }

    @Test
    void aStoreThatIsNeitherIsRefusedOnTheCommandLine() {
        CliRun run = reckon(Map.of(), "check", example.toString(), "--store", "mysql://desk:hunter2@db/reckon");
        CliRun variable = reckon(Map.of(StoreChoice.VARIABLE, "postgresql://desk:hunter2@db:5432/"), "check",
                example.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("--store: a store is 'sqlite'").doesNotContain("hunter2");
        assertThat(variable.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(variable.err()).contains("RECKON_STORE: the store URL").contains("names no database")
                .doesNotContain("hunter2");
    }

    @Test
    void preparingANewDatabasePrintsNothingOfItsOwn() throws Exception {
        String database = "cli_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(
                EmbeddedDatabase.url().replace("postgresql://postgres@", "jdbc:postgresql://"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String url = EmbeddedDatabase.url().replaceFirst("/postgres$", "/" + database);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CliRun run;
        try {
            // Flyway migrates the new database during this run: its log must not mix into the report.
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            run = reckon(Map.of(), "check", example.toString(), "--store", url);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static CliRun reckon(Map<String, String> variables, String... args) {
        return CliRun.run(CliRun.components(new CliEnvironment(variables, false)), args);
    }
}
