package dev.reckon.app;

import dev.reckon.adapter.file.report.ComparisonTextRenderer;
import dev.reckon.application.port.in.CompareInDossierCommand;
import dev.reckon.application.port.in.CompareInDossierUseCase;
import dev.reckon.application.port.in.DossierComparison;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.shared.DossierException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        headerHeading = "%n",
        header = "Compare two series, or rank several, over a dossier's data.",
        description = {
            "Reads DOSSIER_DIR/dossier.yaml and its data, then computes each SERIES, written as in a check: "
                    + "metric{subject, platform, period[, segment]}.",
            "",
            "With two series it prints both values, the difference, the ratio, the percent change and the "
                    + "direction (up, down, flat or undecided); with more it ranks them, highest first, and marks "
                    + "the ties their values cannot separate. Every value is an interval.",
            "",
            "Quote each series: braces and spaces mean something to the shell.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon compare examples/ge2019 'video_views{labour, facebook, ge2019}' \\",
            "      'video_views{labour, facebook, ge2017}'",
            "  reckon compare examples/ge2019 'followers{jc, twitter, polling-day}' \\",
            "      'followers{labour, twitter, polling-day}' \\",
            "      'page_likes{labour, facebook, polling-day}'",
            "",
            "Exit codes:",
            "  0  compared",
            "  2  the dossier or a series cannot be read, or the command line is wrong",
            "  3  internal error (a bug in Reckon)"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DossierArgument dossier;

    @Mixin
    private AllowOutsideOption outside;

    @Parameters(index = "1..*", arity = "2..*", paramLabel = "SERIES",
            description = "A series, e.g. 'video_views{labour, facebook, ge2019}'; two or more.")
    private List<String> series;

    private final CompareInDossierUseCase compareInDossier;
    private final ComparisonTextRenderer renderer;

    @Inject
    CompareCommand(CompareInDossierUseCase compareInDossier, ComparisonTextRenderer renderer) {
        this.compareInDossier = Objects.requireNonNull(compareInDossier, "compareInDossier is null");
        this.renderer = Objects.requireNonNull(renderer, "renderer is null");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DossierComparison comparison;
        try {
            comparison = compareInDossier.compare(new CompareInDossierCommand(dossier.path(), series, outside.reach()));
        } catch (DossierException e) {
            RunMessages.printProblems(e, err);
            return ExitCode.UNREADABLE;
        } catch (ObservationStoreException e) {
            RunMessages.printStoreFailure(e, err);
            return ExitCode.UNREADABLE;
        }
        RunMessages.printImports(dossier.folder(), comparison.imports(), err);
        RunMessages.printCounts(comparison.counts(), err);
        PrintWriter out = spec.commandLine().getOut();
        renderer.render(comparison, out);
        out.flush();
        return ExitCode.OK;
    }
}
