package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimError;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Position;
import dev.reckon.domain.claim.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command's behaviour over a fake use case: output, exit codes, colour and errors. */
class CheckCommandTest {

    private static final DossierCheck MIXED = new DossierCheck("Mixed", List.of(
            result("a", Verdict.TRUE, "A holds: true."),
            result("bb", Verdict.FALSE, "B does not hold: false."),
            result("c", Verdict.UNDECIDED, "C may hold: undecided.")),
            List.of(new ImportReport("data/views.csv", "canonical", "UTF-8", 4, 3, 1,
                    List.of(new RowProblem("data/views.csv", 5, 7, "value", "expected a number but found 'lots'")),
                    List.of(), List.of(), List.of(), List.of())));

    @TempDir
    Path temp;

    @Test
    void tableHasOneLinePerClaimThenTheSummaryAndExitsZeroWhateverTheVerdicts() {
        CliRun run = check(MIXED, "check", "some/dossier");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(
                "true       a   A holds: true.",
                "false      bb  B does not hold: false.",
                "undecided  c   C may hold: undecided.",
                "3 claims: 1 true, 1 false, 1 undecided, 0 no-data, 0 invalid");
    }

    @Test
    void passesTheDossierFolderToTheUseCase() {
        FakeUseCases fakes = new FakeUseCases().answeringCheck(() -> MIXED);

        CliRun.run(CliRun.components(CliRun.pipe(), fakes), "check", "examples/x");

        assertThat(fakes.opened).containsExactly(Path.of("examples/x"));
    }

    @Test
    void rowsRejectedGoToStandardErrorWithTheirPlaceFromWhereTheUserIs() {
        CliRun run = check(MIXED, "check", "some/dossier", "--format", "json");

        assertThat(run.errLines()).containsExactly(
                "read some/dossier/data/views.csv as canonical (UTF-8): 4 rows, 3 accepted, 1 rejected",
                "some/dossier/data/views.csv:5:7 (value): expected a number but found 'lots'",
                "0 files unchanged, 1 re-imported");
        assertThat(run.out()).doesNotContain("views.csv");
    }

    @Test
    void jsonGoesToStandardOutputAlone() throws IOException {
        CliRun run = check(MIXED, "check", "d", "--format", "json");

        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("dossier").asText()).isEqualTo("Mixed");
        assertThat(report.get("claims")).hasSize(3);
        assertThat(report.get("summary").get("undecided").asLong()).isEqualTo(1);
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void markdownIsATable() {
        CliRun run = check(MIXED, "check", "d", "--format", "markdown");

        assertThat(run.out()).startsWith("# Mixed\n").contains("| **false** | `bb` |");
    }

    @Test
    void failOnFalseFailsOnFalseOrWorse() {
        CliRun run = check(MIXED, "check", "d", "--fail-on", "false");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLAIM_FAILED);
        assertThat(run.err()).contains("reckon: 2 claims are false or worse (--fail-on false)");
        assertThat(run.outLines()).hasSize(4);
    }

    @Test
    void failOnUndecidedPassesWhenNothingIsUndecidedOrWorse() {
        DossierCheck trueAndFalse = new DossierCheck("t", List.of(result("a", Verdict.TRUE, "x"),
                result("b", Verdict.FALSE, "y")), List.of());

        assertThat(check(trueAndFalse, "check", "d", "--fail-on", "undecided").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(check(trueAndFalse, "check", "d", "--fail-on", "false").exitCode())
                .isEqualTo(ExitCode.CLAIM_FAILED);
    }

    @Test
    void failOnNoDataCountsInvalidAsWorse() {
        DossierCheck invalid = new DossierCheck("t", List.of(new ClaimResult(Claim.of("x", "1 <"), Verdict.INVALID,
                "cannot read", "", List.of(), Optional.empty(), Optional.of(ClaimError.at(new Position(1, 4), "expected a value")))),
                List.of());

        assertThat(check(invalid, "check", "d", "--fail-on", "no-data").exitCode()).isEqualTo(ExitCode.CLAIM_FAILED);
    }

    @Test
    void failOnTrueIsAUsageError() {
        CliRun run = check(MIXED, "check", "d", "--fail-on", "true");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("'true' cannot be a failing verdict: expected one of false, undecided, "
                + "no-data, invalid").contains("Usage: reckon check");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = check(MIXED, "check", "d", "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("'pdf' is not a report format: expected one of table, json, markdown");
    }

    @Test
    void outWritesTheReportToAFileAndNothingToStandardOutput() throws IOException {
        Path file = temp.resolve("report.json");

        CliRun run = check(MIXED, "check", "d", "--format", "json", "--out", file.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote the json report to " + file);
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(report.get("summary").get("true").asLong()).isEqualTo(1);
    }

    @Test
    void aReportWithAnEmojiOrHalfASurrogatePairIsWrittenWholeToItsFile() throws IOException {
        Path file = temp.resolve("report.md");
        DossierCheck emoji = new DossierCheck("Views 📈", List.of(
                result("e", Verdict.INVALID, "cannot read '\uD83D' at 1:12")), List.of());

        CliRun run = check(emoji, "check", "d", "--format", "markdown", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("# Views 📈\n")
                .contains("cannot read '?' at 1:12").endsWith("1 invalid\n");
    }

    @Test
    void aReportThatCannotBeWrittenIsExitTwoWithOneLine() {
        Path file = temp.resolve("no/such/folder/report.txt");

        CliRun run = check(MIXED, "check", "d", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.errLines()).contains("reckon: cannot write the report to " + file + ": no such file or folder");
    }

    @Test
    void aReportAimedAtAFolderSaysWhyOnce() {
        CliRun run = check(MIXED, "check", "d", "--out", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.errLines()).contains("reckon: cannot write the report to " + temp + ": Is a directory");
    }

    @Test
    void anUnreadableDossierIsExitTwoWithEveryProblemAndNoReport() {
        DossierException unreadable = new DossierException(List.of(
                new DossierProblem("d/dossier.yaml", 3, 5, "unknown key 'claimz'"),
                DossierProblem.inFile("d/data/missing.csv", "no such file")));

        CliRun run = check(() -> {
            throw unreadable;
        }, "check", "d");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.errLines()).containsExactly("d/dossier.yaml:3:5: unknown key 'claimz'",
                "d/data/missing.csv: no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitThreeWithoutAStackTrace() {
        CliRun run = check(() -> {
            throw new IllegalStateException("the store is\nbroken");
        }, "check", "d");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.errLines()).containsExactly("reckon: internal error: the store is broken");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void colourOnlyOnATerminal() {
        assertThat(check(MIXED, new CliEnvironment(Map.of(), true), "check", "d").out()).contains("\u001B[32mtrue");
        assertThat(check(MIXED, new CliEnvironment(Map.of(), false), "check", "d").out()).doesNotContain("\u001B[");
    }

    @Test
    void noColourWheneverNoColorIsSetEvenEmpty() {
        assertThat(check(MIXED, new CliEnvironment(Map.of("NO_COLOR", ""), true), "check", "d").out())
                .doesNotContain("\u001B[");
        assertThat(check(MIXED, new CliEnvironment(Map.of("NO_COLOR", "1"), true), "check", "d").out())
                .doesNotContain("\u001B[");
    }

    @Test
    void aFileIsNeverColouredEvenFromATerminal() throws IOException {
        Path file = temp.resolve("report.txt");

        check(MIXED, new CliEnvironment(Map.of(), true), "check", "d", "--out", file.toString());

        assertThat(Files.readString(file)).startsWith("true       a   A holds: true.").doesNotContain("\u001B[");
    }

    @Test
    void aMissingDossierArgumentIsAUsageError() {
        CliRun run = check(MIXED, "check");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("Missing required parameter: 'DOSSIER_DIR'").contains("Usage: reckon check");
    }

    private static CliRun check(DossierCheck answer, String... args) {
        return check(() -> answer, args);
    }

    private static CliRun check(DossierCheck answer, CliEnvironment environment, String... args) {
        return CliRun.run(CliRun.components(environment, new FakeUseCases().answeringCheck(() -> answer)), args);
    }

    private static CliRun check(FakeUseCases.Answer<DossierCheck> answer, String... args) {
        return CliRun.run(CliRun.components(CliRun.pipe(), new FakeUseCases().answeringCheck(answer)), args);
    }

    static ClaimResult result(String id, Verdict verdict, String explanation) {
        return new ClaimResult(Claim.of(id, "1 < 2"), verdict, explanation, "rule", List.of(), Optional.empty(),
                Optional.empty());
    }
}
