package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DataReach;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Compare {@code series} (each written as in a check, {@code video_views{labour, facebook, ge2019}})
 * over the data of the dossier in {@code dossierDir}, read where {@code reach} allows.
 */
public record CompareInDossierCommand(Path dossierDir, List<String> series, DataReach reach) {

    public CompareInDossierCommand {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        series = List.copyOf(series);
        Objects.requireNonNull(reach, "reach is null");
    }

    /** Compares over a dossier whose data stay inside its folder. */
    public CompareInDossierCommand(Path dossierDir, List<String> series) {
        this(dossierDir, series, DataReach.INSIDE_DOSSIER);
    }
}
