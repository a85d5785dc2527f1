package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DataReach;
import java.nio.file.Path;
import java.util.Objects;

/** Check the dossier in {@code dossierDir} (the folder holding {@code dossier.yaml}), its data where {@code reach} allows. */
public record CheckDossierCommand(Path dossierDir, DataReach reach) {

    public CheckDossierCommand {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        Objects.requireNonNull(reach, "reach is null");
    }

    /** Checks a dossier whose data stay inside its folder. */
    public CheckDossierCommand(Path dossierDir) {
        this(dossierDir, DataReach.INSIDE_DOSSIER);
    }
}
