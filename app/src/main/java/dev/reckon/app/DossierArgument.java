package dev.reckon.app;

import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.in.OpenDossier;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The first argument of every command that reads a dossier: its folder or, as people also type, its
 * YAML file; with {@code --allow-outside}, which says where its data may be.
 */
final class DossierArgument {

    /** What a command does with the dossier while it is open. */
    @FunctionalInterface
    interface Job<T> {
        T on(OpenDossier opened) throws DossierException;
    }

    @Parameters(index = "0", paramLabel = "DOSSIER_DIR",
            description = "The folder holding dossier.yaml (or the YAML file itself), e.g. examples/ge2019.")
    private Path dossierDir;

    @Mixin
    private DataOptions data;

    Path path() {
        return dossierDir;
    }

    DataReach reach() {
        return data.reach();
    }

    /**
     * Opens the dossier, does {@code job} on it and closes it. When the dossier cannot be read or its
     * store fails, says why on {@code err} and gives nothing: the command then exits with
     * {@link ExitCode#UNREADABLE}.
     */
    <T> Optional<T> open(OpenDossierUseCase dossiers, PrintWriter err, Job<T> job) {
        return open(dossiers, err, ImportProgress.NONE, job);
    }

    /** As {@link #open(OpenDossierUseCase, PrintWriter, Job)}, each file imported read through {@code progress}. */
    <T> Optional<T> open(OpenDossierUseCase dossiers, PrintWriter err, ImportProgress progress, Job<T> job) {
        try (OpenDossier opened = dossiers.open(dossierDir, reach(), progress)) {
            return Optional.of(job.on(opened));
        } catch (DossierException e) {
            RunMessages.printProblems(e, err);
        } catch (ObservationStoreException e) {
            RunMessages.printStoreFailure(e, err);
        }
        return Optional.empty();
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
