package dev.reckon.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** Runs the real {@code reckon} command line in this JVM and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(ReckonComponents components, String... args) {
        CommandLine commandLine = ReckonCli.commandLine(components, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /**
     * The components {@code reckon} runs with ({@link ReckonComponents}), in a given environment, with
     * test parts replacing real ones.
     */
    @SafeVarargs
    static ReckonComponents components(CliEnvironment environment, UnaryOperator<ReckonComponents>... overrides) {
        ReckonComponents components = new ReckonComponents(environment);
        for (UnaryOperator<ReckonComponents> override : overrides) {
            components = override.apply(components);
        }
        return components;
    }

    static CliEnvironment pipe() {
        return new CliEnvironment(java.util.Map.of(), false);
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
}
