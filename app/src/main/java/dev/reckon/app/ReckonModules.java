package dev.reckon.app;

import com.google.inject.Module;
import java.util.List;

/** Every module the {@code reckon} command needs. */
public final class ReckonModules {

    private ReckonModules() {
    }

    public static List<Module> all(CliEnvironment environment) {
        return List.of(new CliModule(environment), new ApplicationModule(), new FileAdapterModule(),
                new JdbcAdapterModule(), new ProseAdapterModule());
    }
}
