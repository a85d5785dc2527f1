package dev.reckon.app;

import dev.reckon.application.port.in.EntrySettings;
import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.application.port.in.ReadDossier;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        sortOptions = false,
        headerHeading = "%n",
        header = "Read data files against a dossier and say what each gives, without changing anything.",
        description = {
            "Reads each file as reckon check would import it for the dossier (its time zone, subjects, accounts "
                    + "and metrics), and reports per file: the format and text encoding recognised, the rows "
                    + "read, accepted and rejected, each rejected row with file:line:column and why, the columns "
                    + "read and the windows covered. No file is written or changed; nothing is kept.",
            "",
            "A folder stands for the files in it (not its sub-folders), in name order, without names starting "
                    + "with '.' and without dossier.yaml. On a terminal a bar on standard error follows a long file.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon import new-export.csv --dossier examples/ge2019",
            "  reckon import exports/ --dossier examples/ge2019 --subject labour --platform twitter",
            "  reckon import data.csv --dossier examples/ge2019 --format canonical-csv --report json",
            "  reckon import Viewers.csv --dossier my-page --subject page --platform facebook --year 2025",
            "",
            "Exit codes:",
            "  0  every file was read (rejected rows are in the report, not a failure)",
            "  2  a file cannot be read or its format is not recognised (the report says why),",
            "     the dossier cannot be read, or the command line is wrong",
            "  3  internal error (a bug in Reckon)"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "The files to read, or folders of them.")
    private List<Path> paths;

    @Option(names = "--dossier", required = true, paramLabel = "DOSSIER_DIR",
            description = {"The dossier the files are read for: its folder, or its YAML file.",
                "Example: --dossier examples/ge2019"})
    private Path dossier;

    @Mixin
    private DataOptions data;

    @Option(names = "--subject", paramLabel = "S",
            description = {"The subject (an id of the dossier) of files that do not name their account.",
                "Example: --subject labour"})
    private String subject;

    @Option(names = "--platform", paramLabel = "P", converter = PlatformConverter.class,
            description = {"The platform of files that do not name it: facebook, instagram, twitter (or x), youtube, "
                    + "tiktok, web or all.",
                "Example: --platform twitter"})
    private Platform platform;

    @Option(names = "--format", paramLabel = "F",
            description = {"Read every file with this reader instead of recognising each file's format, "
                    + "e.g. canonical-csv.",
                "Example: --format canonical-csv"})
    private String format;

    @Option(names = "--covers", paramLabel = "FROM..TO", converter = DaysConverter.class,
            description = {"The days the files are complete over, first and last inclusive, as a dossier entry's "
                    + "covers: (in --zone's zone when given, else the dossier's).",
                "Example: --covers 2019-11-06..2019-12-12"})
    private EntrySettings.Days covers;

    @Option(names = "--year", paramLabel = "YYYY", converter = YearConverter.class,
            description = {"The year of dates written without one (\"August 19\"), as a dossier entry's year:.",
                "Example: --year 2025"})
    private Year year;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = {"The zone the files' dates and times without an offset are written in, as a dossier "
                    + "entry's zone:.",
                "Example: --zone America/Los_Angeles"})
    private ZoneId zone;

    @Option(names = "--report", paramLabel = "text|json", defaultValue = "text",
            converter = ImportReportWriter.Converter.class,
            description = {"text (the default), for people; json, for other tools.", "Example: --report json"})
    private ImportReportWriter report;

    private final OpenDossierUseCase dossiers;
    private final CliEnvironment environment;

    ImportCommand(OpenDossierUseCase dossiers, CliEnvironment environment) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers is null");
        this.environment = Objects.requireNonNull(environment, "environment is null");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<DossierProblem> missing = new ArrayList<>();
        // A bar only for a person watching: never when standard error is a file or a pipe.
        Optional<ProgressBar> bar = environment.interactive() ? Optional.of(new ProgressBar(err)) : Optional.empty();
        List<FileToImport> files = files(missing, bar);
        FileImports imports;
        if (files.isEmpty()) {
            imports = new FileImports(List.of(), missing);
        } else {
            try {
                // The dossier alone is read, without its stores: nothing is kept and no file is changed.
                ReadDossier read = dossiers.read(dossier, data.reach());
                imports = readEach(read.files(), files, subject(read), missing);
            } catch (DossierException e) {
                RunMessages.printProblems(e, err);
                return ExitCode.UNREADABLE;
            } finally {
                bar.ifPresent(ProgressBar::clear);
            }
        }
        report.write(imports, spec.commandLine().getOut());
        return imports.unreadable().isEmpty() ? ExitCode.OK : ExitCode.UNREADABLE;
    }

    /** The subject {@code --subject} names, checked before any file is read. */
    private Optional<Subject> subject(ReadDossier read) throws DossierException {
        if (subject == null) {
            return Optional.empty();
        }
        Optional<Subject> known = read.subject(subject);
        if (known.isEmpty()) {
            throw DossierException.of(DossierProblem.inFile("--subject", "the dossier has no subject '" + subject
                    + "': expected one of " + read.subjectIds()));
        }
        return known;
    }

    /** Reads every file, in order; one that cannot be read or recognised joins {@code missing} among the unreadable. */
    private FileImports readEach(ImportFileUseCase reader, List<FileToImport> files, Optional<Subject> subject,
                                 List<DossierProblem> missing) {
        List<ImportReport> reports = new ArrayList<>();
        List<DossierProblem> unreadable = new ArrayList<>(missing);
        for (FileToImport file : files) {
            try {
                reports.add(reader.importFile(new ImportFileCommand(file.source(), file.opener(), subject,
                        Optional.ofNullable(platform), Optional.ofNullable(format), ImportFileCommand.Mode.CHECK_ONLY,
                        new EntrySettings(Optional.ofNullable(covers), Optional.ofNullable(year), Optional.ofNullable(zone))))
                        .report());
            } catch (UnrecognisedExportException e) {
                unreadable.add(DossierProblem.inFile(file.source(), e.getMessage()));
            } catch (IOException e) {
                unreadable.add(DossierProblem.inFile(file.source(), "cannot be read: " + e.getMessage()));
            }
        }
        return new FileImports(reports, unreadable);
    }

    /** The files {@code paths} stand for; a path that is no file or folder, or cannot be listed, goes to {@code missing}. */
    private List<FileToImport> files(List<DossierProblem> missing, Optional<ProgressBar> bar) {
        List<FileToImport> files = new ArrayList<>();
        for (Path path : paths) {
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> inside = Files.list(path)) {
                        for (Path file : inside.filter(Files::isRegularFile).filter(ImportCommand::isData)
                                .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                            files.add(file(file, bar));
                        }
                    }
                } else if (Files.isRegularFile(path)) {
                    files.add(file(path, bar));
                } else {
                    missing.add(DossierProblem.inFile(path.toString(), "no such file or folder"));
                }
            } catch (IOException e) {
                missing.add(DossierProblem.inFile(path.toString(), "cannot be read: " + RunMessages.describe(e)));
            }
        }
        return files;
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equals("dossier.yaml");
    }

    private static FileToImport file(Path path, Optional<ProgressBar> bar) throws IOException {
        String source = path.normalize().toString();
        long size = Files.size(path);
        FileToImport plain = new FileToImport(source, Opener.ofFile(path));
        return bar.map(b -> new FileToImport(source, b.follow(source, size, plain.opener()))).orElse(plain);
    }

    /** Reads {@code FROM..TO} as a dossier entry's {@code covers:} days. */
    static final class DaysConverter implements CommandLine.ITypeConverter<EntrySettings.Days> {

        @Override
        public EntrySettings.Days convert(String value) {
            return converted(() -> EntrySettings.Days.parse(value));
        }
    }

    /** Reads a year as a dossier entry's {@code year:}. */
    static final class YearConverter implements CommandLine.ITypeConverter<Year> {

        @Override
        public Year convert(String value) {
            return converted(() -> EntrySettings.year(value));
        }
    }

    /** Reads a zone as a dossier entry's {@code zone:}. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {

        @Override
        public ZoneId convert(String value) {
            return converted(() -> EntrySettings.zone(value));
        }
    }

    /** What {@code read} gives, its complaint as picocli's so that it shows as a usage error. */
    private static <T> T converted(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * One file to read.
     *
     * @param source its name in the report: as the user gave it, normalised
     * @param opener opens its bytes
     */
    private record FileToImport(String source, Opener opener) {
    }

    /** Reads a platform id as the dossier does. */
    static final class PlatformConverter implements CommandLine.ITypeConverter<Platform> {

        @Override
        public Platform convert(String value) {
            return Platform.find(value).orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                    + "' is not a platform: expected one of " + Platform.allIds()));
        }
    }
}
