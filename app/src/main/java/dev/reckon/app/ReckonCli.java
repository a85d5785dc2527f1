package dev.reckon.app;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/** Builds the {@code reckon} command line over the components a run is made of. */
public final class ReckonCli {

    /** Every subcommand, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, CompareCommand.class, DataCommand.class,
            PostsCommand.class, ImportCommand.class, ScanCommand.class, ServeCommand.class);

    private ReckonCli() {
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine(ReckonComponents components) {
        return commandLine(components, SUBCOMMANDS);
    }

    /**
     * The command line {@code args} need: a run that names a subcommand first gets that one alone, and
     * {@code reckon --version} none, since building a command builds its use cases (a dossier
     * reader and its validator, a scanner) and picocli's model of every option: a check then starts
     * none of what {@code serve} or {@code scan} would. Any other run (help, a mistyped command)
     * gets them all, so the help and picocli's suggestions name every one.
     */
    static CommandLine commandLine(ReckonComponents components, String... args) {
        return commandLine(components, subcommandsFor(args));
    }

    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    private static CommandLine commandLine(ReckonComponents components, List<Class<?>> subcommands) {
        CliEnvironment environment = components.environment();
        CommandFactory factory = new CommandFactory(components);
        CommandLine commandLine = new CommandLine(ReckonCommand.class, factory);
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(new CommandLine(subcommand, factory));
        }
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        // The help follows the same colour rule as the reports, not picocli's own guess.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(environment.colour() ? Ansi.ON : Ansi.OFF));
        return commandLine;
    }
}
