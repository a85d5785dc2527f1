package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.ImportReport;
import java.util.List;

/**
 * A dossier opened by {@link OpenDossierUseCase#open}: its data imported into its store, and the use
 * cases over that data. It owns its stores; closing it closes them.
 */
public interface OpenDossier extends AutoCloseable {

    /** The dossier's title. */
    String title();

    /**
     * One report per data file, in the dossier's order: of this opening's import for a file read
     * now, the stored one for a file unchanged since its last import.
     */
    List<ImportReport> imports();

    /** How many data files were unchanged, re-imported and removed. */
    ImportCounts counts();

    CheckDossierUseCase checks();

    CompareNamedSeriesUseCase comparisons();

    /** Imports into the dossier's store. */
    ImportFileUseCase files();

    @Override
    void close();
}
