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
            // picocli's own helpers (converters, help mixins) are not Guice-made.
            return CommandLine.defaultFactory().create(type);
        }
    }
}
