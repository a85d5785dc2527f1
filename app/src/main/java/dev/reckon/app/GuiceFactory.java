package dev.reckon.app;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import java.util.Objects;
import picocli.CommandLine;

/** Lets picocli create commands through Guice, so they get their use cases by constructor injection. */
final class GuiceFactory implements CommandLine.IFactory {

    private final Injector injector;

    GuiceFactory(Injector injector) {
        this.injector = Objects.requireNonNull(injector, "injector is null");
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException notInjectable) {
            // picocli's own helpers (help mixins, built-in converters) are not Guice-made; ours always are,
            // so a missing binding for one of ours is reported as it is.
            if (type.getName().startsWith("picocli.")) {
                return CommandLine.defaultFactory().create(type);
            }
            throw notInjectable;
        }
    }
}
