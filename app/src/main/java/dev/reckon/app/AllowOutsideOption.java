package dev.reckon.app;

import dev.reckon.application.port.shared.DataReach;
import picocli.CommandLine.Option;

/** {@code --allow-outside}: the user's leave for a dossier's data paths to lead outside its folder. */
final class AllowOutsideOption {

    @Option(names = "--allow-outside",
            description = {"Read data files the dossier names outside its folder (absolute paths, '..', or links "
                    + "that lead out). Without it, a dossier's data must be inside its folder, so that a dossier "
                    + "from someone else cannot read the rest of this machine."})
    private boolean allowOutside;

    DataReach reach() {
        return allowOutside ? DataReach.ANYWHERE : DataReach.INSIDE_DOSSIER;
    }
}
