package dev.reckon.application.service;

import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.ImportOutcome;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a file into an open dossier's store, streamed into one {@link SourceWrite} (one
 * transaction) and hashed as it is read. An all-or-nothing import with a rejected row closes the
 * write without committing it, so the store keeps what it had. Over a dossier read without its
 * stores ({@link #readingOnly}) it only reads: the readers count what they find and let it go, so
 * memory stays flat whatever the file's size.
 */
public final class ImportFileService implements ImportFileUseCase {

    private final Dossier dossier;
    private final ExportImporter importer;
    private final Optional<ObservationStore> store;
    private final Clock clock;

    @Inject
    public ImportFileService(Dossier dossier, ExportImporter importer, ObservationStore store) {
        this(dossier, importer, store, Clock.systemUTC());
    }

    public ImportFileService(Dossier dossier, ExportImporter importer, ObservationStore store, Clock clock) {
        this(dossier, importer, Optional.of(Objects.requireNonNull(store, "store is null")), clock);
    }

    private ImportFileService(Dossier dossier, ExportImporter importer, Optional<ObservationStore> store, Clock clock) {
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.importer = Objects.requireNonNull(importer, "importer is null");
        this.store = store;
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** Reads files against a dossier that has no store open: it takes only {@link ImportFileCommand.Mode#CHECK_ONLY} commands. */
    public static ImportFileService readingOnly(Dossier dossier, ExportImporter importer) {
        return new ImportFileService(dossier, importer, Optional.empty(), Clock.systemUTC());
    }

    @Override
    public ImportOutcome importFile(ImportFileCommand command) throws UnrecognisedExportException, IOException {
        Objects.requireNonNull(command, "command is null");
        ImportContext context = FileReading.context(dossier, command.subject(), command.platform(), command.format(), command.settings(),
                UUID.randomUUID().toString());
        HashingOpener hashing = new HashingOpener(command.opener());
        ExportInput input = new ExportInput(command.source(), hashing, context);
        if (command.mode() == ImportFileCommand.Mode.CHECK_ONLY) {
            return new ImportOutcome(importer.read(input, FileReading.NOWHERE), false);
        }
        if (store.isEmpty()) {
            throw new IllegalArgumentException("the dossier was read without its store, so '" + command.source()
                    + "' can only be read (CHECK_ONLY), not imported (" + command.mode() + ")");
        }
        try (SourceWrite write = store.get().replaceSource(command.source())) {
            ImportReport report = importer.read(input, write);
            if (command.mode() == ImportFileCommand.Mode.ALL_OR_NOTHING && report.rowsRejected() > 0) {
                // Closed without a commit: the store keeps what it had.
                return new ImportOutcome(report, false);
            }
            Fingerprint read = hashing.fingerprintWhile(write::flush);
            write.commit(new SourceRecord(command.source(), read.size(), read.sha256(), report.format(),
                    clock.instant(), report.rowsRead(), report.rowsAccepted(), report.rowsRejected(), "",
                    Optional.of(report)));
            return new ImportOutcome(report, true);
        }
    }
}
