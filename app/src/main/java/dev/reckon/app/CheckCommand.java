package dev.reckon.app;

import dev.reckon.adapter.file.report.ClaimReviewRenderer;
import dev.reckon.adapter.file.report.HtmlReportRenderer;
import dev.reckon.adapter.file.report.JsonReportRenderer;
import dev.reckon.adapter.file.report.MarkdownReportRenderer;
import dev.reckon.adapter.file.report.ReportRenderer;
import dev.reckon.adapter.file.report.TableReportRenderer;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.domain.claim.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        sortOptions = false,
        headerHeading = "%n",
        header = "Check every claim of a dossier against its data.",
        description = {
            "Reads DOSSIER_DIR/dossier.yaml, imports the data files it names and gives each claim a verdict "
                    + "(true, false, undecided, no-data or invalid) with the evidence behind it.",
            "",
            "The report goes to standard output, or to the file --out names. Messages about the run (files "
                    + "read, rows rejected, with file:line:column) go to standard error.",
            "",
            "Imported data is kept in DOSSIER_DIR/.reckon/reckon.db, so a later check reads again only the data "
                    + "files that changed (standard error ends with, say, '3 files unchanged, 1 re-imported'). "
                    + "Deleting that folder makes the next check import everything.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon check examples/ge2019",
            "  reckon check examples/ge2019 --format json --out report.json",
            "  reckon check examples/ge2019 --format markdown > report.md",
            "  reckon check examples/ge2019 --format html --out report.html",
            "  reckon check examples/ge2019 --fail-on undecided",
            "",
            "Exit codes:",
            "  0  every claim was evaluated (and none reached --fail-on)",
            "  1  a claim's verdict was the --fail-on verdict or a worse one",
            "  2  the dossier cannot be read, the report cannot be written,",
            "     or the command line is wrong",
            "  3  internal error (a bug in Reckon)"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DossierArgument dossier;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = ReportFormat.Converter.class, completionCandidates = ReportFormat.Candidates.class,
            description = {"table (the default): per claim a line with its verdict, id and a plain sentence, then "
                    + "a summary; json: the stable JSON report for other tools; markdown: a table and the evidence, "
                    + "for a document; html: one self-contained page with charts, to read, print or mail; claimreview: schema.org "
                    + "ClaimReview JSON-LD, one review per claim, for fact-check publishers.",
                "Example: --format json"})
    private ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = {"Write the report to FILE (UTF-8, never coloured) instead of standard output.",
                "Example: --out report.json"})
    private Path out;

    @Option(names = "--fail-on", paramLabel = "VERDICT", converter = FailOnConverter.class,
            completionCandidates = FailOnConverter.Candidates.class,
            description = {"Exit with code 1 when a claim's verdict is VERDICT or worse, in the order true, false, "
                    + "undecided, no-data, invalid. VERDICT is false, undecided, no-data or invalid.",
                "Example: --fail-on false (fails unless every claim is true)"})
    private Verdict failOn;

    private final OpenDossierUseCase dossiers;
    private final CliEnvironment environment;

    CheckCommand(OpenDossierUseCase dossiers, CliEnvironment environment) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers is null");
        this.environment = Objects.requireNonNull(environment, "environment is null");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Clock> clock = environment.reportClock();
        if (clock.isEmpty()) {
            err.println("reckon: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01T00:00Z, such as 1577836800; it is '"
                    + environment.variables().get(CliEnvironment.SOURCE_DATE_EPOCH) + "'");
            err.flush();
            return ExitCode.UNREADABLE;
        }
        // A bar follows each file imported, only for a person watching a terminal: never in a pipe or a file.
        Optional<ProgressBar> bar = environment.interactive() ? Optional.of(new ProgressBar(err)) : Optional.empty();
        Optional<DossierCheck> checked;
        try {
            checked = dossier.open(dossiers, err, bar.<ImportProgress>map(b -> b::follow).orElse(ImportProgress.NONE),
                    opened -> opened.checks().check());
        } finally {
            bar.ifPresent(ProgressBar::clear);
        }
        if (checked.isEmpty()) {
            return ExitCode.UNREADABLE;
        }
        DossierCheck check = checked.get();
        RunMessages.printImports(dossier.folder(), check.imports(), err);
        RunMessages.printCounts(check.counts(), err);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            renderer(environment.colour(), clock.get()).render(check, stdout);
            stdout.flush();
        } else if (!writeToFile(check, clock.get(), err)) {
            return ExitCode.UNREADABLE;
        }
        return exitCode(check, err);
    }

    private boolean writeToFile(DossierCheck check, Clock clock, PrintWriter err) {
        return ReportFile.writeSaying(out, format, writer -> renderer(false, clock).render(check, writer), err);
    }

    private int exitCode(DossierCheck check, PrintWriter err) {
        long failing = failOn == null ? 0 : check.results().stream().filter(r -> r.verdict().compareTo(failOn) >= 0).count();
        return FailOn.exitCode(failOn, failing, "claim", err);
    }

    /** Only the renderer asked for is built: the JSON one sets up Jackson, which a table never needs. */
    private ReportRenderer renderer(boolean colour, Clock clock) {
        return switch (format) {
            case TABLE -> colour ? TableReportRenderer.coloured() : TableReportRenderer.plain();
            case JSON -> new JsonReportRenderer();
            case MARKDOWN -> new MarkdownReportRenderer();
            case HTML -> new HtmlReportRenderer(clock);
            case CLAIMREVIEW -> new ClaimReviewRenderer(clock);
        };
    }
}
