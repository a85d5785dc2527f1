package dev.reckon.application.port.out;

import dev.reckon.domain.claim.Claim;
import java.nio.file.Path;
import java.util.List;

/**
 * The claims a dossier's store keeps beside those of its file (added through the HTTP API), as a
 * check of the dossier reads them. A dossier whose store keeps none, or that has no store, has none.
 */
@FunctionalInterface
public interface KeptClaims {

    /** For checks that only count the dossier file's claims, such as those over an in-memory store. */
    KeptClaims NONE = dossierDir -> List.of();

    /**
     * The claims kept for the dossier in the folder {@code dossierDir} ({@link Dossier#folder()}).
     *
     * @throws ObservationStoreException when the store cannot be read
     */
    List<Claim> in(Path dossierDir);
}
