package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reckon scan} through the real command line, on the example submission. */
class ScanCliTest {

    /** Where the pinned JSON report of the example lives; rewrite it with -Dreckon.rewriteGolden=true. */
    private static final String GOLDEN = "app/src/test/resources/dev/reckon/app/scan-submission.json";
    private static final String EXAMPLE = "examples/ge2019/submission.md";

    @TempDir
    Path temp;

    @Test
    void everyFigureOfTheExampleIsPrintedWithItsStatus() {
        CliRun run = scan(RepositoryFiles.resolve(EXAMPLE).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("[£85,327|f").contains("Relations").contains("figures found");
        String figures = run.out().substring(run.out().indexOf("\nFigures\n"), run.out().indexOf("\nRelations\n"));
        assertThat(figures.lines().skip(2)).allSatisfy(line -> assertThat(line)
                .containsAnyOf("consistent", "inconsistent", "undecided", "not checked"));
        assertThat(run.out()).contains("£85,327 / 3,752").contains("436,000 / 865,000 = 50.4%");
    }

    @Test
    void theJsonReportOfTheExampleIsPinned() throws IOException {
        CliRun run = scan(RepositoryFiles.resolve(EXAMPLE).toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        Path golden = RepositoryFiles.resolve(GOLDEN);
        if (Boolean.getBoolean("reckon.rewriteGolden")) {
            Files.writeString(golden, run.out());
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden));
    }

    @Test
    void aContradictionFailsTheRunWhenAsked() throws IOException {
        Path text = Files.writeString(temp.resolve("text.txt"),
                "We raised £12,000 from 400 donors, an average of £45.");

        CliRun run = scan(text.toString(), "--fail-on", "false");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLAIM_FAILED);
        assertThat(run.err()).contains("1 relation is false or worse (--fail-on false)");
        assertThat(run.out()).contains("inconsistent");
    }

    @Test
    void standardInputIsReadForADash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Turnout rose to 67.3% in 2019.".getBytes(StandardCharsets.UTF_8)));
            CliRun run = scan("-", "--format", "markdown");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("**67.3%**<sup>f1 –</sup>").contains("**2019**<sup>f2 –</sup>");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aFileThatCannotBeReadIsOneLineAndExitTwo() {
        CliRun run = scan(temp.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("reckon: cannot read ").contains("missing.txt");
    }

    @Test
    void withTheExampleDossierTheFiguresItCanTellAreBoundAndCheckedAgainstItsData() throws IOException {
        Path dossier = RepositoryFiles.copyOf("examples/ge2019", temp.resolve("repository"));

        CliRun run = scan(RepositoryFiles.resolve(EXAMPLE).toString(), "--dossier", dossier.toString(),
                "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String suggestions = run.out().substring(run.out().indexOf("\"suggestions\""), run.out().indexOf("\"unbound\""));
        assertThat(suggestions).contains("\"check\": \"impressions{jc, facebook, final28} = 325m\"")
                .contains("\"check\": \"reach{jc, facebook, final28} = 37.4m\"")
                .contains("\"verdict\": \"true\"").doesNotContain("\"verdict\": \"false\"");
        assertThat(run.out()).contains("\"reason\": \"a rate (\\\"views per person\\\"): no series holds it\"");
    }

    @Test
    void aSuggestionTheDataContradictsFailsTheRunWhenAsked() throws IOException {
        Path dossier = RepositoryFiles.copyOf("examples/ge2019", temp.resolve("repository"));
        Path text = Files.writeString(temp.resolve("text.txt"),
                "In the final 28 days Corbyn's Facebook posts reached 41.2m unique people.\n\n"
                        + "On polling day Labour had 825,000 Twitter followers.");

        CliRun run = scan(text.toString(), "--dossier", dossier.toString(), "--fail-on", "false");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLAIM_FAILED);
        assertThat(run.out()).contains("false      reach{jc, facebook, final28} = 41.2m")
                .contains("true       followers{labour, twitter, polling-day} = 825,000")
                .contains("  - id: text-f2\n    text: \"41.2m unique people\"\n    check: \"reach{jc, facebook, final28} = 41.2m\"")
                .contains("With the dossier: 2 figures bound, a check suggested for each (1 false, 1 true); 1 unbound.");
        assertThat(run.err()).contains("1 check is false or worse (--fail-on false)");
    }

    @Test
    void markdownListsTheSuggestionsTheUnboundAndTheClaimsToCopy() throws IOException {
        Path dossier = RepositoryFiles.copyOf("examples/ge2019", temp.resolve("repository"));

        CliRun run = scan(RepositoryFiles.resolve(EXAMPLE).toString(), "--dossier", dossier.toString(), "--format", "markdown");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("| f5 | `reach{jc, facebook, final28} = 37.4m` | true | ")
                .contains("```yaml\n- id: text-f4\n  text: \"325m\"\n  check: \"impressions{jc, facebook, final28} = 325m\"\n")
                .contains("## Not bound to the dossier")
                .contains("| f6 | a rate (\"views per person\"): no series holds it |")
                .endsWith("With the dossier: 2 figures bound, a check suggested for each (2 true); 18 unbound.\n");
    }

    @Test
    void aDossierThatCannotBeReadIsExitTwoWithItsProblem() {
        CliRun run = scan(RepositoryFiles.resolve(EXAMPLE).toString(), "--dossier", temp.resolve("none").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("none");
    }

    private static CliRun scan(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(CliRun.components(CliRun.pipe()), all);
    }
}
