package dev.reckon.application.service;

import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.series.SeriesSource;
import java.util.List;

/**
 * A dossier read, its data imported, ready for claims or comparisons.
 *
 * @param store  the store its data was imported into
 * @param series the values of series over that store
 */
public record LoadedDossier(Dossier dossier, List<ImportReport> imports, ClaimContext context, ObservationStore store,
                     SeriesSource series) {

    public LoadedDossier {
        imports = List.copyOf(imports);
    }
}
