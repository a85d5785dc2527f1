package dev.reckon.app;

import com.google.inject.Injector;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Builds the {@code reckon} command line over an injector that holds the use cases. */
public final class ReckonCli {

    private ReckonCli() {
    }

    public static CommandLine commandLine(Injector injector) {
        CliEnvironment environment = injector.getInstance(CliEnvironment.class);
        CommandLine commandLine = new CommandLine(ReckonCommand.class, new GuiceFactory(injector));
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        // The help follows the same colour rule as the reports, not picocli's own guess.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(environment.colour() ? Ansi.ON : Ansi.OFF));
        return commandLine;
    }
}
