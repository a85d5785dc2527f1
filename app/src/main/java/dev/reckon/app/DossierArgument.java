package dev.reckon.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The first argument of every command that reads a dossier: its folder or, as people also type, its YAML file. */
final class DossierArgument {

    @Parameters(index = "0", paramLabel = "DOSSIER_DIR",
            description = "The folder holding dossier.yaml (or the YAML file itself), e.g. examples/ge2019.")
    private Path dossierDir;

    Path path() {
        return dossierDir;
    }

    /** The folder the dossier's data paths are relative to. */
    Path folder() {
        if (!Files.isRegularFile(dossierDir)) {
            return dossierDir;
        }
        Path parent = dossierDir.getParent();
        return parent == null ? Path.of("") : parent;
    }
}
