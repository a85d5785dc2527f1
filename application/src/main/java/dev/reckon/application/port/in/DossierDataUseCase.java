package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.PostSelection;
import java.nio.file.Path;

/** Shows what a dossier's data holds: its series, and its posts one by one. */
public interface DossierDataUseCase {

    /**
     * Reads the dossier, imports what changed of its data and lists its posts as {@code selection} asks.
     *
     * @throws DossierException when the dossier cannot be read, or the selection names what it lacks
     */
    PostListing posts(Path dossierDir, DataReach reach, PostSelection selection) throws DossierException;

    /** Reads the dossier, imports what changed of its data and lists every series it holds. */
    DataListing series(Path dossierDir, DataReach reach) throws DossierException;
}
