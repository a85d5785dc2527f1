package dev.reckon.application.service;

import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.CompareNamedSeriesUseCase;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.OpenDossier;
import dev.reckon.application.port.out.ClaimStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.shared.ImportReport;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A dossier opened by {@link DossierSessions#open}: read, its data imported into its store, ready
 * for claims and comparisons. It owns the stores it was opened with, and closing it closes them, so
 * whoever opens a session, a command for one run or the server for as long as it serves, has one
 * thing to close.
 *
 * @param imports  one report per data file, in the dossier's order: of this run's import for a file
 *                 read now, the stored one for a file unchanged since its last import
 * @param counts   how many files were unchanged, re-imported and removed
 * @param store    the store its data was imported into
 * @param claims   the claims kept beside the dossier's own
 * @param importer reads the files imported into it
 * @param clock    stamps those imports
 */
public record DossierSession(Dossier dossier, List<ImportReport> imports, ImportCounts counts, ObservationStore store,
                             ClaimStore claims, ExportImporter importer, Clock clock) implements OpenDossier {

    public DossierSession {
        Objects.requireNonNull(dossier, "dossier is null");
        imports = List.copyOf(imports);
        Objects.requireNonNull(counts, "counts is null");
        Objects.requireNonNull(store, "store is null");
        Objects.requireNonNull(claims, "claims is null");
        Objects.requireNonNull(importer, "importer is null");
        Objects.requireNonNull(clock, "clock is null");
    }

    @Override
    public String title() {
        return dossier.title();
    }

    @Override
    public CheckDossierUseCase checks() {
        return new CheckDossierService(dossier, store, claims, imports, counts);
    }

    @Override
    public CompareNamedSeriesUseCase comparisons() {
        return new CompareNamedSeriesService(dossier, store, new CompareSeriesService(store, dossier));
    }

    @Override
    public ImportFileUseCase files() {
        return new ImportFileService(dossier, importer, store, clock);
    }

    /** Closes both stores, the claims' even when the observations' fails to close. */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            claims.close();
        }
    }
}
