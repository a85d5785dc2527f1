package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.DossierClaimStores;
import dev.reckon.application.port.out.DossierStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Keeps every dossier's imports and added claims in one PostgreSQL database, each dossier under its
 * name: the location's {@code dossier=}, or else the name of the dossier's folder, so the same
 * dossier checked out on two machines shares its data. Nothing is written in the dossier's folder.
 */
public final class PostgresDossierStores implements DossierStores {

    private final PostgresLocation location;

    public PostgresDossierStores(PostgresLocation location) {
        this.location = Objects.requireNonNull(location, "location is null");
    }

    /** The name the dossier in {@code dossierDir} has in the database. */
    public String dossierName(Path dossierDir) {
        Path name = dossierDir.toAbsolutePath().normalize().getFileName();
        return location.dossierName(name == null ? "/" : name.toString());
    }

    @Override
    public PostgresObservationStore open(Path dossierDir) {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        return PostgresObservationStore.open(location, dossierName(dossierDir));
    }

    /** The claims added beside each dossier's own, kept under the same name as its imports. */
    public DossierClaimStores claims() {
        return dossierDir -> PostgresClaimStore.open(location, dossierName(Objects.requireNonNull(dossierDir,
                "dossierDir is null")));
    }

    /** Where the dossier in {@code dossierDir} is kept, without the password: for messages. */
    public String describe(Path dossierDir) {
        return location + " (dossier " + dossierName(dossierDir) + ")";
    }
}
