package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help, version and usage errors: every option is described with an example, and misuse is exit 2. */
class HelpAndVersionTest {

    @Test
    void topLevelHelpListsTheCommandsWithExamples() {
        CliRun run = run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: reckon").contains("check").contains("compare")
                .contains("Examples:").contains("reckon check examples/ge2019")
                .contains("  436,000 / 865,000 = 50.4%\n").doesNotContain("%n");
    }

    @Test
    void checkHelpDescribesEveryOptionWithAnExample() {
        CliRun run = run("check", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("DOSSIER_DIR").contains("--format=FORMAT").contains("Example: --format json")
                .contains("--out=FILE").contains("Example: --out report.json")
                .contains("--fail-on=VERDICT").contains("Example: --fail-on false")
                .contains("Exit codes:");
    }

    @Test
    void compareHelpShowsHowToQuoteASeries() {
        CliRun run = run("compare", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("SERIES").contains("'video_views{labour, facebook, ge2019}'");
    }

    @Test
    void versionNamesReckonAndTheBuildVersion() {
        CliRun run = run("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("reckon ").doesNotContain("${project.version}").doesNotContain("unknown");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("Usage: reckon");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = run("chek", "examples/ge2019");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("Unmatched argument").contains("chek");
    }

    @Test
    void compareNeedsTwoSeries() {
        CliRun run = run("compare", "d", "video_views{labour, facebook, ge2019}");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("Usage: reckon compare");
    }

    private static CliRun run(String... args) {
        return CliRun.run(CliRun.components(CliRun.pipe(), new FakeUseCases()), args);
    }
}
