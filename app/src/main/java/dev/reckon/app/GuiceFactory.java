package dev.reckon.app;

import com.google.inject.Injector;
import java.util.Objects;
import picocli.CommandLine;

/** Lets picocli create commands through Guice, so they get their use cases by constructor injection. */
final class GuiceFactory implements CommandLine.IFactory {

    private static final String OURS = "dev.reckon.";

    private final Injector injector;

    GuiceFactory(Injector injector) {
        this.injector = Objects.requireNonNull(injector, "injector is null");
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        // Our commands, mixins and converters come from Guice, so a missing binding shows as it is;
        // what picocli needs for itself (help mixins, the collections that hold option values) does not.
        if (type.getName().startsWith(OURS)) {
            return injector.getInstance(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
