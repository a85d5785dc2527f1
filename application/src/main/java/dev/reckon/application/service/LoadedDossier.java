package dev.reckon.application.service;

import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.series.SeriesSource;
import java.util.List;
import java.util.Objects;

/**
 * A dossier read, its data imported, ready for claims or comparisons. Closing it closes the store
 * when the loader opened it for this dossier.
 *
 * @param imports one report per data file, in the dossier's order: of this run's import for a file
 *                read now, the stored one for a file unchanged since its last import
 * @param counts  how many files were unchanged, re-imported and removed
 * @param store   the store its data was imported into
 * @param series  the values of series over that store
 */
public record LoadedDossier(Dossier dossier, List<ImportReport> imports, ImportCounts counts, ClaimContext context,
                            ObservationStore store, SeriesSource series, boolean ownsStore) implements AutoCloseable {

    public LoadedDossier {
        Objects.requireNonNull(dossier, "dossier is null");
        imports = List.copyOf(imports);
        Objects.requireNonNull(counts, "counts is null");
        Objects.requireNonNull(context, "context is null");
        Objects.requireNonNull(store, "store is null");
        Objects.requireNonNull(series, "series is null");
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }
}
