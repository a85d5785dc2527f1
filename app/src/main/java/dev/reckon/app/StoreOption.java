package dev.reckon.app;

import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --store}: where the run keeps dossiers' imports; see {@link StoreChoice}. */
final class StoreOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private final StoreChoice choice;

    StoreOption(StoreChoice choice) {
        this.choice = Objects.requireNonNull(choice, "choice is null");
    }

    @Option(names = "--store", paramLabel = "STORE",
            description = {"Where imported data is kept: 'sqlite' (the default: DOSSIER_DIR/.reckon/reckon.db) or a "
                    + "PostgreSQL database shared by a team, postgresql://user@host:port/database, which keeps many "
                    + "dossiers apart, each under its folder's name (or ?dossier=NAME), and writes nothing in the "
                    + "dossier's folder. The password comes from the URL, PGPASSWORD or ~/.pgpass and is never "
                    + "printed. Default: the RECKON_STORE environment variable, else sqlite.",
                "Example: --store postgresql://desk@db.example:5432/reckon"})
    void store(String store) {
        try {
            choice.choose(choice.read(store));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--store: " + e.getMessage());
        }
    }
}
