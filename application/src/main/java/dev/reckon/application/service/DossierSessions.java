package dev.reckon.application.service;

import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.application.port.in.ReadDossier;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierClaimStores;
import dev.reckon.application.port.out.DossierSource;
import dev.reckon.application.port.out.DossierStores;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.FileStamp;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.observation.Subject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one way to open a dossier: reads it, opens its stores and brings the observation store up to
 * date with the data files it names, giving a {@link DossierSession} that owns those stores. Every
 * command that reads a dossier's data and the server open their dossier here.
 *
 * <p>Only what changed is read. A file whose size, SHA-256 and import fingerprint (see
 * {@link ImportFingerprint}) equal those of its last import is skipped without being parsed, and its
 * stored report stands for it; its size is compared first, so a file of another size is not even
 * hashed beforehand, and a file whose stat (size, times, identity) is the one stamped at its last
 * hashing is not read at all, unless the stamp is "racy" ({@link FileStamp#vouchesFor}). A changed or new file is imported again, straight into one write of the store
 * that replaces exactly what it contributed, and hashed while it is read. Sources the store holds
 * that the dossier no longer names are removed, with their observations.
 *
 * <p>A file no reader recognises, or that cannot be read, stops the dossier (after every file has
 * been tried, so all such problems show at once) and keeps its previous import; a bad row only shows
 * in its file's report.
 */
public final class DossierSessions implements OpenDossierUseCase {

    private final DossierSource dossiers;
    private final ExportImporter importer;
    private final DossierStores stores;
    private final DossierClaimStores claimStores;
    private final Clock clock;

    /** Stamps imports with the system clock. */
    @Inject
    public DossierSessions(DossierSource dossiers, ExportImporter importer, DossierStores stores,
                           DossierClaimStores claimStores) {
        this(dossiers, importer, stores, claimStores, Clock.systemUTC());
    }

    public DossierSessions(DossierSource dossiers, ExportImporter importer, DossierStores stores,
                           DossierClaimStores claimStores, Clock clock) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers is null");
        this.importer = Objects.requireNonNull(importer, "importer is null");
        this.stores = Objects.requireNonNull(stores, "stores is null");
        this.claimStores = Objects.requireNonNull(claimStores, "claimStores is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /**
     * Reads the dossier in {@code dossierDir}, opens its stores and imports what changed of its data.
     * The caller closes the session when done with it; when opening fails, what was opened is closed.
     *
     * @throws DossierException when the dossier cannot be read, or a data file cannot be read or recognised
     * @throws dev.reckon.application.port.out.ObservationStoreException when a store fails
     */
    public DossierSession open(Path dossierDir) throws DossierException {
        return open(dossierDir, DataReach.INSIDE_DOSSIER);
    }

    /** As {@link #open(Path)}, with the dossier's data files read where {@code reach} allows. */
    @Override
    public DossierSession open(Path dossierDir, DataReach reach) throws DossierException {
        return open(dossierDir, reach, ImportProgress.NONE);
    }

    /** As {@link #open(Path, DataReach)}, each file imported read through {@code progress}. */
    @Override
    public DossierSession open(Path dossierDir, DataReach reach, ImportProgress progress) throws DossierException {
        Objects.requireNonNull(progress, "progress is null");
        Dossier dossier = dossiers.load(dossierDir, reach);
        // The folder the dossier is in, also when it was named by its YAML file.
        ObservationStore store = stores.open(dossier.folder());
        try {
            Imported imported = importData(dossier, store, progress);
            // Opened only once the data is in: a dossier whose files cannot be read needs no claims.
            return imported.session(dossier, store, claimStores.open(dossier.folder()));
        } catch (DossierException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Reads the dossier in {@code dossierDir} and opens its stores, leaving its data to be imported by
     * {@link PreparedDossier#importData}: the server answers while that runs. The caller closes what
     * it is given, or the session it becomes.
     *
     * @throws DossierException when the dossier cannot be read
     * @throws dev.reckon.application.port.out.ObservationStoreException when a store fails to open
     */
    public PreparedDossier prepare(Path dossierDir, DataReach reach) throws DossierException {
        Dossier dossier = dossiers.load(dossierDir, reach);
        // The folder the dossier is in, also when it was named by its YAML file.
        ObservationStore store = stores.open(dossier.folder());
        ClaimStore claims;
        try {
            claims = claimStores.open(dossier.folder());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new PreparedDossier(dossier, store, claims,
                progress -> importData(dossier, store, progress).session(dossier, store, claims));
    }

    /** What importing a dossier's data found, before its session is made of it. */
    private final class Imported {

        private final List<ImportReport> reports;
        private final ImportCounts counts;

        Imported(List<ImportReport> reports, ImportCounts counts) {
            this.reports = reports;
            this.counts = counts;
        }

        DossierSession session(Dossier dossier, ObservationStore store, ClaimStore claims) {
            return new DossierSession(dossier, reports, counts, store, claims, importer, clock);
        }
    }

    @Override
    public ReadDossier read(Path dossierDir, DataReach reach) throws DossierException {
        Dossier dossier = dossiers.load(dossierDir, reach);
        return new ReadDossier() {
            @Override
            public Optional<Subject> subject(String id) {
                Objects.requireNonNull(id, "id is null");
                return dossier.subjectNames().keySet().stream().filter(s -> s.id().equals(id)).findFirst();
            }

            @Override
            public String subjectIds() {
                return dossier.directory().knownIds();
            }

            @Override
            public ImportFileService files() {
                return ImportFileService.readingOnly(dossier, importer);
            }
        };
    }

    private Imported importData(Dossier dossier, ObservationStore store, ImportProgress progress)
            throws DossierException {
        String importId = UUID.randomUUID().toString();
        List<ImportReport> reports = new ArrayList<>();
        List<DossierProblem> problems = new ArrayList<>();
        Set<String> named = new HashSet<>();
        int unchanged = 0;
        int reimported = 0;
        for (DataEntry entry : dossier.data()) {
            ImportContext context = new ImportContext(dossier.zone(), dossier.catalogue(), dossier.directory(),
                    entry.subject(), entry.platform(), entry.covers(), entry.year(), entry.format(), importId,
                    entry.zone());
            String fingerprint = ImportFingerprint.of(dossier, entry);
            for (DataFile file : entry.files()) {
                if (!named.add(file.source())) {
                    continue;
                }
                try {
                    Optional<ImportReport> kept = unchangedReport(store, file, fingerprint);
                    if (kept.isPresent()) {
                        reports.add(kept.get());
                        unchanged++;
                    } else {
                        reports.add(importFile(store, file, context, fingerprint, progress));
                        reimported++;
                    }
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
        List<String> gone = store.sources().stream().map(SourceRecord::source).filter(s -> !named.contains(s)).toList();
        gone.forEach(store::removeSource);
        return new Imported(reports, new ImportCounts(unchanged, reimported, gone.size(), dossier.zoneAssumed()));
    }

    /**
     * The stored report of {@code file} when it is unchanged since its last import: same import
     * fingerprint and size (compared before anything is read), then either a stat its stamp vouches
     * for (not read at all) or the same SHA-256. A file hashed because its stat moved but whose bytes
     * did not (a {@code touch}) gets its new stat stamped, so the next check need not hash it again.
     */
    private Optional<ImportReport> unchangedReport(ObservationStore store, DataFile file, String fingerprint)
            throws IOException {
        Optional<SourceRecord> last = store.source(file.source());
        if (last.isEmpty() || last.get().report().isEmpty() || !last.get().importFingerprint().equals(fingerprint)) {
            return Optional.empty();
        }
        SourceRecord record = last.get();
        if (file.size().isPresent() && file.size().getAsLong() != record.size()) {
            return Optional.empty();
        }
        Optional<FileStamp> now = stamp(file.opener());
        if (now.isPresent() && record.stamp().filter(kept -> kept.vouchesFor(now.get().stat())).isPresent()) {
            return record.report();
        }
        Fingerprint hashed = Fingerprint.of(file.opener());
        if (hashed.size() != record.size() || !hashed.sha256().equals(record.contentHash())) {
            return Optional.empty();
        }
        now.filter(stamp -> stamp.stat().size() == hashed.size())
                .ifPresent(stamp -> store.restamp(file.source(), stamp));
        return record.report();
    }

    /** The stat of the file behind {@code opener}, taken now: before its bytes are read, so a later edit moves it. */
    private Optional<FileStamp> stamp(Opener opener) {
        Instant taken = clock.instant();
        return opener.stat().map(stat -> new FileStamp(stat, taken));
    }

    /** Imports one file in one write of the store, hashing it as it is read; the previous import stays if it fails. */
    private ImportReport importFile(ObservationStore store, DataFile file, ImportContext context, String fingerprint,
                                    ImportProgress progress) throws IOException, UnrecognisedExportException {
        Optional<FileStamp> before = stamp(file.opener());
        Opener followed = file.size().isPresent()
                ? progress.follow(file.source(), file.size().getAsLong(), file.opener()) : file.opener();
        ExportInput input = new ExportInput(file.source(), followed, context);
        // The hash reads the file itself, not through the bar following the import's read.
        HashingOpener hashing = new HashingOpener(followed, file.opener(), HashingOpener.HASHED_BESIDE_FROM_BYTES);
        try (SourceWrite write = store.replaceSource(input.source())) {
            ImportReport report = importer.read(new ExportInput(input.source(), hashing, input.context()), write);
            Fingerprint read = hashing.fingerprintWhile(write::flush);
            // A stat of another size than the bytes hashed was taken of another version of the file.
            Optional<FileStamp> stamp = before.filter(taken -> taken.stat().size() == read.size());
            write.commit(new SourceRecord(input.source(), read.size(), read.sha256(), report.format(), clock.instant(),
                    report.rowsRead(), report.rowsAccepted(), report.rowsRejected(), fingerprint, Optional.of(report),
                    stamp));
            return report;
        }
    }

    private static DossierProblem problem(Dossier dossier, DataFile file, String message) {
        return DossierProblem.inFile(dossier.folder().resolve(file.source()).toString(), message);
    }
}
