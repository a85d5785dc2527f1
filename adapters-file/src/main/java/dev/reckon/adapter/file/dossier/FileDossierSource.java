package dev.reckon.adapter.file.dossier;

import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSource;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.Opener;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a dossier from its folder: {@code dossier.yaml} (see docs/dossier-format.md) and the data
 * files it names. Every problem found is reported at once, each with file, line and column.
 * Thread-safe.
 */
public final class FileDossierSource implements DossierSource {

    /** The file a dossier folder holds. */
    public static final String FILE_NAME = "dossier.yaml";

    /**
     * The largest dossier.yaml read. A large dossier of a few hundred claims is tens of kilobytes;
     * past this, reading would cost seconds and gigabytes before saying what is wrong.
     */
    public static final long MAX_FILE_BYTES = 1024L * 1024;

    private final DossierYamlReader yamlReader = new DossierYamlReader();

    /**
     * Reads the dossier in {@code dossier}: its folder, or, as people also type, its YAML file. Its
     * data must be inside its folder.
     */
    @Override
    public Dossier load(Path dossier) throws DossierException {
        return load(dossier, DataReach.INSIDE_DOSSIER);
    }

    /** Reads the dossier in {@code dossier}, its data files where {@code reach} allows. */
    @Override
    public Dossier load(Path dossier, DataReach reach) throws DossierException {
        boolean givenTheFile = Files.isRegularFile(dossier);
        Path file = givenTheFile ? dossier : dossier.resolve(FILE_NAME);
        Path dossierDir = givenTheFile ? folderOf(dossier) : dossier;
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw DossierException.of(DossierProblem.inFile(name,
                    "no " + FILE_NAME + " here: a dossier is a folder holding " + FILE_NAME));
        }
        refuseOversized(file, name);
        Problems problems = new Problems(name);
        Optional<DossierYaml> yaml;
        Opener opener = () -> Files.newInputStream(file);
        try (Reader text = TextDecoding.open(opener, TextDecoding.detect(opener))) {
            yaml = yamlReader.read(text, problems);
        } catch (IOException e) {
            throw DossierException.of(DossierProblem.inFile(name, "cannot be read: " + e.getMessage()));
        }
        if (yaml.isEmpty()) {
            problems.throwIfAny();
        }
        yaml.get().reportMissing(problems);
        Dossier assembled = new DossierAssembler(dossierDir, problems, reach).assemble(yaml.get());
        problems.throwIfAny();
        return assembled;
    }

    private static void refuseOversized(Path file, String name) throws DossierException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw DossierException.of(DossierProblem.inFile(name, "cannot be read: " + e.getMessage()));
        }
        if (size > MAX_FILE_BYTES) {
            throw DossierException.of(DossierProblem.inFile(name, "is " + size + " bytes; a dossier.yaml may be"
                    + " at most " + MAX_FILE_BYTES / 1024 + " KB (keep the data in the files it names)"));
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }
}
