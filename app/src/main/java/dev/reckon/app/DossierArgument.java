package dev.reckon.app;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The first argument of every command that reads a dossier. */
final class DossierArgument {

    @Parameters(index = "0", paramLabel = "DOSSIER_DIR",
            description = "The folder holding dossier.yaml, e.g. examples/ge2019.")
    private Path dossierDir;

    Path path() {
        return dossierDir;
    }
}
