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
        } catch (OutOfMemoryError e) {
            // What filled the heap is unreachable once the error has unwound, so there is room to say so.
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            return ExitCode.INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static String outOfMemory(long maxHeapBytes) {
        return "reckon: out of memory: the Java heap (at most " + maxHeapBytes / (1024 * 1024) + " MB) is too small"
                + " for this run; an import that was under way was not stored, and the store keeps what earlier"
                + " runs stored. Run it again with a larger heap, e.g. RECKON_JAVA_OPTIONS=-Xmx1g ./reckon ...";
    }

    /**
     * Libraries that log through java.util.logging (Hibernate Validator announces its version at
     * INFO) would otherwise write to standard error, which belongs to the run's own messages.
     */
    private static void quietLibraryLogging() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
