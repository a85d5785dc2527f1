package dev.reckon.app;

import dev.reckon.adapter.file.report.ComparisonTextRenderer;
import dev.reckon.adapter.file.report.DossierComparison;
import dev.reckon.application.port.in.OpenDossier;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.application.port.in.SeriesTextsException;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.domain.claim.ClaimError;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    @Parameters(index = "1..*", arity = "2..*", paramLabel = "SERIES",
            description = "A series, e.g. 'video_views{labour, facebook, ge2019}'; two or more.")
    private List<String> series;

    private final OpenDossierUseCase dossiers;
    private final ComparisonTextRenderer renderer;

    CompareCommand(OpenDossierUseCase dossiers, ComparisonTextRenderer renderer) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers is null");
        this.renderer = Objects.requireNonNull(renderer, "renderer is null");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<DossierComparison> compared = dossier.open(dossiers, err, this::compare);
        if (compared.isEmpty()) {
            return ExitCode.UNREADABLE;
        }
        DossierComparison comparison = compared.get();
        RunMessages.printImports(dossier.folder(), comparison.imports(), err);
        RunMessages.printCounts(comparison.counts(), err);
        PrintWriter out = spec.commandLine().getOut();
        renderer.render(comparison, out);
        out.flush();
        return ExitCode.OK;
    }

    /** The series compared over the open dossier; those that cannot be read or resolved stop it, every one named. */
    private DossierComparison compare(OpenDossier opened) throws DossierException {
        try {
            return new DossierComparison(opened.title(), opened.comparisons().compare(series), opened.imports(),
                    opened.counts());
        } catch (SeriesTextsException e) {
            throw new DossierException(e.problems().stream().map(CompareCommand::problem).toList());
        }
    }

    /** A series that cannot be read, named as the command line gives it: by its 1-based place among the series. */
    private static DossierProblem problem(SeriesTextsException.Problem problem) {
        ClaimError error = problem.error();
        String series = "series " + (problem.index() + 1);
        return error.position().map(at -> new DossierProblem(series, at.line(), at.column(), error.message()))
                .orElseGet(() -> DossierProblem.inFile(series, error.message()));
    }
}
