package dev.reckon.application.service;

import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.ImportOutcome;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.out.UnrecognisedExportException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a file into the served dossier's store. The file is read whole before anything is
 * written, so an all-or-nothing import with a rejected row leaves the store untouched, and the
 * rest is one {@link SourceWrite}: one transaction.
 */
public final class ImportFileService implements ImportFileUseCase {

    private final Dossier dossier;
    private final ExportImporter importer;
    private final ObservationStore store;
    private final Clock clock;

    @Inject
    public ImportFileService(Dossier dossier, ExportImporter importer, ObservationStore store) {
        this(dossier, importer, store, Clock.systemUTC());
    }

    public ImportFileService(Dossier dossier, ExportImporter importer, ObservationStore store, Clock clock) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.importer = Objects.requireNonNull(importer, "importer is null");
        this.store = Objects.requireNonNull(store, "store is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    @Override
    public ImportOutcome importFile(ImportFileCommand command)
            throws UnrecognisedExportException, IOException {
        Objects.requireNonNull(command, "command is null");
        ImportContext context = new ImportContext(dossier.zone(), dossier.catalogue(), dossier.directory(),
                command.subject(), command.platform(), Optional.empty(), Optional.empty(), command.format(),
                UUID.randomUUID().toString());
        StagedObservations staged = new StagedObservations();
        ImportReport report = importer.read(new ExportInput(command.source(), command.opener(), context), staged);
        if (command.mode() == ImportFileCommand.Mode.CHECK_ONLY
                || command.mode() == ImportFileCommand.Mode.ALL_OR_NOTHING && report.rowsRejected() > 0) {
            return new ImportOutcome(report, false);
        }
        SourceRecord record = record(command, report);
        try (SourceWrite write = store.replaceSource(record)) {
            staged.replayInto(write);
            write.commit();
        }
        return new ImportOutcome(report, true);
    }

    private SourceRecord record(ImportFileCommand command, ImportReport report) throws IOException {
        Fingerprint fingerprint = Fingerprint.of(command.opener());
        return new SourceRecord(command.source(), fingerprint.size(), fingerprint.sha256(), report.format(),
                clock.instant(), report.rowsRead(), report.rowsAccepted(), report.rowsRejected());
    }
}
