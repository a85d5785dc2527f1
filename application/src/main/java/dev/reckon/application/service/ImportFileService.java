package dev.reckon.application.service;

import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.ImportOutcome;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.out.UnrecognisedExportException;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
        Buffer buffer = new Buffer();
        ImportReport report = importer.read(new ExportInput(command.source(), command.opener(), context), buffer);
        if (command.allOrNothing() && report.rowsRejected() > 0) {
            return new ImportOutcome(report, false);
        }
        SourceRecord record = record(command, report);
        try (SourceWrite write = store.replaceSource(record)) {
            buffer.observations.forEach(write::accept);
            buffer.coverage.forEach(write::cover);
            write.commit();
        }
        return new ImportOutcome(report, true);
    }

    private SourceRecord record(ImportFileCommand command, ImportReport report) throws IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(command.opener().open(), sha256)) {
            byte[] chunk = new byte[64 * 1024];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                size += n;
            }
        }
        return new SourceRecord(command.source(), size, HexFormat.of().formatHex(sha256.digest()), report.format(),
                clock.instant(), report.rowsRead(), report.rowsAccepted(), report.rowsRejected());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Holds what a reader gives until the whole file has been read. */
    private static final class Buffer implements ObservationSink {

        private final List<Observation> observations = new ArrayList<>();
        private final List<Coverage> coverage = new ArrayList<>();

        @Override
        public void accept(Observation observation) {
            observations.add(observation);
        }

        @Override
        public void cover(Coverage window) {
            coverage.add(window);
        }
    }
}
