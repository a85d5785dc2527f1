package dev.reckon.application.service;

import dev.reckon.application.port.in.DossierException;
import dev.reckon.application.port.in.DossierProblem;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSource;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.out.UnrecognisedExportException;
import dev.reckon.domain.claim.ClaimContext;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads a dossier and imports every data file it names into a store, one source at a time, then
 * gives what claims and comparisons need. A file no reader recognises, or that cannot be read,
 * stops the dossier (after every file has been tried, so all such problems show at once); a bad
 * row only shows in its file's report.
 */
public final class DossierLoader {

    private final DossierSource dossiers;
    private final ExportImporter importer;
    private final Provider<ObservationStore> stores;
    private final Clock clock;

    /** Takes a store from {@code stores} for each dossier loaded; stamps imports with the system clock. */
    @Inject
    public DossierLoader(DossierSource dossiers, ExportImporter importer, Provider<ObservationStore> stores) {
        this(dossiers, importer, stores, Clock.systemUTC());
    }

    public DossierLoader(DossierSource dossiers, ExportImporter importer, Provider<ObservationStore> stores, Clock clock) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers is null");
        this.importer = Objects.requireNonNull(importer, "importer is null");
        this.stores = Objects.requireNonNull(stores, "stores is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /**
     * Reads the dossier in {@code dossierDir} and imports its data.
     *
     * @throws DossierException when the dossier cannot be read, or a data file cannot be read or recognised
     */
    public LoadedDossier load(Path dossierDir) throws DossierException {
        Dossier dossier = dossiers.load(dossierDir);
        ObservationStore store = stores.get();
        String importId = UUID.randomUUID().toString();
        SubjectDirectory directory = dossier.directory();
        List<ImportReport> reports = new ArrayList<>();
        List<DossierProblem> problems = new ArrayList<>();
        Set<String> segmentKeys = new TreeSet<>();
        Set<String> imported = new HashSet<>();
        for (DataEntry entry : dossier.data()) {
            ImportContext context = new ImportContext(dossier.zone(), dossier.catalogue(), directory, entry.subject(),
                    entry.platform(), entry.covers(), entry.year(), entry.format(), importId);
            for (DataFile file : entry.files()) {
                if (!imported.add(file.source())) {
                    continue;
                }
                ExportInput input = new ExportInput(file.source(), file.opener(), context);
                try {
                    StagedObservations staged = new StagedObservations();
                    Fingerprint fingerprint = Fingerprint.of(file.opener());
                    ImportReport report = importer.read(input, staged);
                    store(store, staged, record(file, fingerprint, report));
                    segmentKeys.addAll(staged.segmentKeys());
                    reports.add(report);
                } catch (UnrecognisedExportException e) {
                    problems.add(problem(dossier, file, e.getMessage()));
                } catch (IOException e) {
                    problems.add(problem(dossier, file, "cannot be read: " + e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
        // A store kept between runs may hold files this dossier no longer names; they must not count.
        store.sources().stream().map(SourceRecord::source).filter(s -> !imported.contains(s)).forEach(store::removeSource);
        ClaimContext context = new ClaimContext(dossier.catalogue(), dossier.subjectNames(), dossier.periods(), segmentKeys);
        return new LoadedDossier(dossier, reports, context, store, new StoredSeriesSource(store, dossier.catalogue()));
    }

    private SourceRecord record(DataFile file, Fingerprint fingerprint, ImportReport report) {
        Instant now = clock.instant();
        return new SourceRecord(file.source(), fingerprint.size(), fingerprint.sha256(), report.format(), now,
                report.rowsRead(), report.rowsAccepted(), report.rowsRejected());
    }

    private static void store(ObservationStore store, StagedObservations staged, SourceRecord record) {
        try (SourceWrite write = store.replaceSource(record)) {
            staged.replayInto(write);
            write.commit();
        }
    }

    private static DossierProblem problem(Dossier dossier, DataFile file, String message) {
        return new DossierProblem(dossier.folder().resolve(file.source()).toString(), 0, 0, message);
    }
}
