package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run builds the command it names and nothing it does not use, so that it starts sooner. */
class StartOnlyWhatARunNeedsTest {

    @Test
    void aRunNamingACommandBuildsThatCommandAlone() {
        assertThat(ReckonCli.subcommandsFor("check", "examples/ge2019")).containsExactly(CheckCommand.class);
        assertThat(ReckonCli.subcommandsFor("serve", "examples/ge2019", "--port", "0")).containsExactly(ServeCommand.class);
    }

    @Test
    void theVersionNeedsNoCommandAndHelpOrAMistypedCommandNeedsThemAll() {
        assertThat(ReckonCli.subcommandsFor("--version")).isEmpty();
        assertThat(ReckonCli.subcommandsFor("--help")).isEqualTo(ReckonCli.SUBCOMMANDS);
        assertThat(ReckonCli.subcommandsFor("chek", "examples/ge2019")).isEqualTo(ReckonCli.SUBCOMMANDS);
        assertThat(ReckonCli.subcommandsFor()).isEqualTo(ReckonCli.SUBCOMMANDS);
        // An option first may belong to the top command: all of them, as before.
        assertThat(ReckonCli.subcommandsFor("--version", "check")).isEqualTo(ReckonCli.SUBCOMMANDS);
    }

    @Test
    void aMistypedCommandIsStillSuggestedAmongEveryCommand() {
        CliRun run = CliRun.run(CliRun.components(CliRun.pipe()), "chek", "examples/ge2019");

        assertThat(run.err()).contains("Did you mean: reckon check?");
    }

    @Test
    void theImportersReadersAreBuiltOnlyWhenAFileIsRead() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        ExportImporter lazy = new OnFirstUseImporter(() -> {
            builds.incrementAndGet();
            return new ExportImporter() {
                @Override
                public ImportReport read(ExportInput input, ObservationSink sink) {
                    return new ImportReport(input.source(), "lines", "UTF-8", 0, 0, 0, List.of(), List.of(), List.of(),
                            List.of(), List.of());
                }

                @Override
                public List<String> formats() {
                    return List.of("lines");
                }
            };
        });
        assertThat(builds).hasValue(0);

        assertThat(lazy.formats()).containsExactly("lines");
        assertThat(lazy.formats()).containsExactly("lines");

        assertThat(builds).hasValue(1);
    }
}
