package dev.reckon.application.port.in;

import java.nio.file.Path;
import java.util.Objects;

/** Check the dossier in {@code dossierDir} (the folder holding {@code dossier.yaml}). */
public record CheckDossierCommand(Path dossierDir) {

    public CheckDossierCommand {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
    }
}
