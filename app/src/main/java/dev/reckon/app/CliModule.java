package dev.reckon.app;

import com.google.inject.AbstractModule;
import java.util.Objects;

/** What the command line learns from the process it runs in. */
public final class CliModule extends AbstractModule {

    private final CliEnvironment environment;

    public CliModule(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment is null");
    }

    @Override
    protected void configure() {
        bind(CliEnvironment.class).toInstance(environment);
    }
}
