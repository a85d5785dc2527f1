package dev.reckon.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The {@code reckon} command: {@code java -jar reckon.jar check examples/ge2019}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, CliEnvironment.current()));
    }

    static int run(String[] args, CliEnvironment environment) {
        quietLibraryLogging();
        // Reports hold £ and names from anywhere: UTF-8 whatever the platform's default charset.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            CommandLine commandLine = ReckonCli.commandLine(new ReckonComponents(environment), args);
            commandLine.setOut(out);
            commandLine.setErr(err);
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            err.println(InternalErrorHandler.message(e));
            return ExitCode.INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Libraries that log through java.util.logging (Hibernate Validator announces its version at
     * INFO) would otherwise write to standard error, which belongs to the run's own messages.
     */
    private static void quietLibraryLogging() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
