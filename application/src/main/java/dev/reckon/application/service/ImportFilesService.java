package dev.reckon.application.service;

import dev.reckon.application.port.in.FileImports;
import dev.reckon.application.port.in.ImportFilesCommand;
import dev.reckon.application.port.in.ImportFilesUseCase;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSource;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.observation.Subject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads files with the readers {@code reckon check} uses, in the dossier's context, and keeps
 * only their reports: the observations are counted by the readers and let go, so memory stays
 * flat whatever the files' size.
 */
public final class ImportFilesService implements ImportFilesUseCase {

    private static final String IMPORT_ID = "import-check";

    private final DossierSource dossiers;
    private final ExportImporter importer;

    @Inject
    public ImportFilesService(DossierSource dossiers, ExportImporter importer) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers is null");
        this.importer = Objects.requireNonNull(importer, "importer is null");
    }

    @Override
    public FileImports importFiles(ImportFilesCommand command) throws DossierException {
        Dossier dossier = dossiers.load(command.dossierDir(), command.reach());
        Optional<Subject> subject = subject(dossier, command);
        ImportContext context = FileReading.context(dossier, subject, command.platform(), command.format(), command.settings(),
                IMPORT_ID);
        List<ImportReport> reports = new ArrayList<>();
        List<DossierProblem> unreadable = new ArrayList<>();
        for (ImportFilesCommand.FileToImport file : command.files()) {
            try {
                reports.add(importer.read(new ExportInput(file.source(), file.opener(), context), FileReading.NOWHERE));
            } catch (UnrecognisedExportException e) {
                unreadable.add(new DossierProblem(file.source(), 0, 0, e.getMessage()));
            } catch (IOException e) {
                unreadable.add(new DossierProblem(file.source(), 0, 0, "cannot be read: " + e.getMessage()));
            }
        }
        return new FileImports(reports, unreadable);
    }

    private static Optional<Subject> subject(Dossier dossier, ImportFilesCommand command) throws DossierException {
        if (command.subject().isEmpty()) {
            return Optional.empty();
        }
        String id = command.subject().get();
        Optional<Subject> known = dossier.subjectNames().keySet().stream().filter(s -> s.id().equals(id)).findFirst();
        if (known.isEmpty()) {
            throw DossierException.of(new DossierProblem("--subject", 0, 0, "the dossier has no subject '" + id
                    + "': expected one of " + dossier.directory().knownIds()));
        }
        return known;
    }
}
