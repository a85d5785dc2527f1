package dev.reckon.application.port.in;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Compare {@code series} (each written as in a check, {@code video_views{labour, facebook, ge2019}})
 * over the data of the dossier in {@code dossierDir}.
 */
public record CompareInDossierCommand(Path dossierDir, List<String> series) {

    public CompareInDossierCommand {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        series = List.copyOf(series);
    }
}
