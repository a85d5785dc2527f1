package dev.reckon.app;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Lets picocli create our commands with their use cases, from the {@link ReckonComponents} of the
 * run; whatever else it creates (mixins, converters, the collections that hold option values) has
 * nothing to be given and is picocli's own business.
 */
final class CommandFactory implements CommandLine.IFactory {

    private static final Map<Class<?>, Function<ReckonComponents, Object>> NEEDING_COMPONENTS = Map.of(
            CheckCommand.class, c -> new CheckCommand(c.dossiers(), c.environment()),
            CompareCommand.class, c -> new CompareCommand(c.dossiers(), c.comparisonRenderer()),
            DataCommand.class, c -> new DataCommand(c.dossierData(), c.listingRenderer()),
            PostsCommand.class, c -> new PostsCommand(c.dossierData(), c.listingRenderer()),
            ImportCommand.class, c -> new ImportCommand(c.dossiers(), c.environment()),
            ScanCommand.class, c -> new ScanCommand(c.scanText(), c.scanWithDossier()),
            ServeCommand.class, c -> new ServeCommand(c.sessions(), c.importer(), c.environment(), c.shutdownHooks(),
                    c.storeChoice()),
            StoreOption.class, c -> new StoreOption(c.storeChoice()));

    private final ReckonComponents components;

    CommandFactory(ReckonComponents components) {
        this.components = Objects.requireNonNull(components, "components is null");
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Function<ReckonComponents, Object> build = NEEDING_COMPONENTS.get(type);
        return build == null ? CommandLine.defaultFactory().create(type) : type.cast(build.apply(components));
    }
}
