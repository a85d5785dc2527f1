package dev.reckon.app;

import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.port.in.ScanWithDossierUseCase;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.domain.claim.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        sortOptions = false,
        headerHeading = "%n",
        header = "Find every figure in a text and check what the text itself implies.",
        description = {
            "Reads FILE (or standard input for -): plain text, Markdown or HTML (tags are dropped, positions "
                    + "still point into the file), in UTF-8, UTF-16 with a byte order mark or Windows-1252.",
            "",
            "Every figure is listed with its line and column, kind (money, count, percent, ratio, duration, "
                    + "year, date, time, ordinal, label), the values it allows and the noun it counts. Where the "
                    + "text implies arithmetic between its own figures (an average, a share, a sum of parts, parts "
                    + "within a whole, a difference, a multiple, a rounded restatement), the relation is written "
                    + "as a check and evaluated like any claim: true, false or undecided.",
            "",
            "With --dossier, each count or sum of money is bound where the text tells its metric (by the "
                    + "catalogue's words: 'unique people', 'video views', 'donors'...), its subject (a name, alias or "
                    + "account of the dossier) and its period (a declared period's name, 'the final 28 days', 'on 12 "
                    + "December', 'in 2017', 'since April 30'); a check is suggested for it and evaluated against the "
                    + "dossier's data. A figure any of these cannot be told for is listed as unbound, with the reason.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon scan examples/ge2019/submission.md",
            "  reckon scan examples/ge2019/submission.md --dossier examples/ge2019",
            "  reckon scan press-release.html --format json",
            "  pbpaste | reckon scan - --format markdown > marked.md",
            "  reckon scan article.txt --format html --out article-figures.html",
            "  reckon scan article.txt --fail-on false",
            "",
            "Exit codes:",
            "  0  the text was read (and no relation reached --fail-on)",
            "  1  a relation's verdict was the --fail-on verdict or a worse one",
            "  2  the text or the dossier cannot be read, the report cannot be written, or the command line is wrong",
            "  3  internal error (a bug in Reckon)"})
final class ScanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The text to read, or - for standard input.")
    private String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = ScanFormat.Converter.class, completionCandidates = ScanFormat.Candidates.class,
            description = {"text (the default): the passage with each figure marked [like this|f1], then the figures, "
                    + "the relations and a summary; json: the stable JSON report (docs/scan.md); markdown: the "
                    + "passage with the figures in bold, and tables; html: one self-contained page (style inline, "
                    + "nothing fetched) with each figure marked in place, its status, and the relations.",
                "Example: --format json"})
    private ScanFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = {"Write the report to FILE (UTF-8, whole or not at all) instead of standard output.",
                "Example: --out figures.html"})
    private Path out;

    @Option(names = "--fail-on", paramLabel = "VERDICT", converter = FailOnConverter.class,
            completionCandidates = FailOnConverter.Candidates.class,
            description = {"Exit with code 1 when a relation's verdict is VERDICT or worse, in the order true, false, "
                    + "undecided, no-data, invalid.",
                "Example: --fail-on false (fails when the text contradicts itself)"})
    private Verdict failOn;

    @Option(names = "--dossier", paramLabel = "DIR",
            description = {"Bind the text's figures to this dossier's series and suggest a check per bound figure, "
                    + "evaluated against its data (nothing is written into the dossier; its data is imported as "
                    + "'reckon check' does). --fail-on also counts the suggestions' verdicts.",
                "Example: --dossier examples/ge2019"})
    private Path dossier;

    @Mixin
    private DataOptions data;

    private final ScanTextUseCase scanText;
    private final ScanWithDossierUseCase scanWithDossier;

    ScanCommand(ScanTextUseCase scanText, ScanWithDossierUseCase scanWithDossier) {
        this.scanText = Objects.requireNonNull(scanText, "scanText is null");
        this.scanWithDossier = Objects.requireNonNull(scanWithDossier, "scanWithDossier is null");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        byte[] content;
        try {
            content = read();
        } catch (IOException e) {
            err.println("reckon: cannot read " + (file.equals("-") ? "standard input" : file) + ": " + RunMessages.describe(e));
            err.flush();
            return ExitCode.UNREADABLE;
        }
        TextScan scan;
        if (dossier == null) {
            scan = scanText.scan(new ScanTextCommand(content));
        } else {
            try {
                scan = scanWithDossier.scan(new ScanTextCommand(content), dossier, data.reach());
            } catch (DossierException e) {
                RunMessages.printProblems(e, err);
                return ExitCode.UNREADABLE;
            } catch (ObservationStoreException e) {
                RunMessages.printStoreFailure(e, err);
                return ExitCode.UNREADABLE;
            }
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            format.renderer().render(scan, stdout);
            stdout.flush();
        } else if (!writeToFile(scan, err)) {
            return ExitCode.UNREADABLE;
        }
        String counted = dossier == null ? "relation" : "check";
        return FailOn.exitCode(failOn, failOn == null ? 0 : scan.countAtLeast(failOn), counted, err);
    }

    private boolean writeToFile(TextScan scan, PrintWriter err) {
        return ReportFile.writeSaying(out, format, writer -> format.renderer().render(scan, writer), err);
    }

    private byte[] read() throws IOException {
        if (file.equals("-")) {
            InputStream in = System.in;
            return in.readAllBytes();
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (InvalidPathException e) {
            throw new IOException("not a valid path (" + e.getReason() + ")", e);
        }
    }
}
