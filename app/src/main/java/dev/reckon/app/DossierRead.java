package dev.reckon.app;

import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.shared.DossierException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * A read of a dossier's data for a listing command: what it gives, or, when the dossier or its
 * store cannot be read, nothing, with the reason printed as every command prints it.
 */
@FunctionalInterface
interface DossierRead<T> {

    T read() throws DossierException;

    /** What {@code read} gives; empty, with the problems on {@code err}, when it fails (exit {@link ExitCode#UNREADABLE}). */
    static <T> Optional<T> run(DossierRead<T> read, PrintWriter err) {
        try {
            return Optional.of(read.read());
        } catch (DossierException e) {
            RunMessages.printProblems(e, err);
        } catch (ObservationStoreException e) {
            RunMessages.printStoreFailure(e, err);
        }
        return Optional.empty();
    }
}
