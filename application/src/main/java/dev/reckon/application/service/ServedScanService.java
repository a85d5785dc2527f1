package dev.reckon.application.service;

import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.FigureScanner;
import dev.reckon.application.port.out.ObservationStore;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * A scan on a server: the text is read as anywhere, and its figures are bound to the dossier the
 * server serves, over its store as it is now, as {@code reckon scan --dossier} would bind them.
 */
public final class ServedScanService implements ScanTextUseCase {

    private final ScanTextService scans;
    private final Dossier dossier;
    private final ObservationStore store;

    @Inject
    public ServedScanService(FigureScanner scanner, Dossier dossier, ObservationStore store) {
        this.scans = new ScanTextService(scanner);
        this.dossier = Objects.requireNonNull(dossier, "dossier is null");
        this.store = Objects.requireNonNull(store, "store is null");
    }

    @Override
    public TextScan scan(ScanTextCommand command) {
        return DossierSuggestions.suggest(scans.scan(command), dossier, store);
    }
}
