package dev.reckon.app;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the real {@code reckon} command line in this JVM and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(List<Module> modules, String... args) {
        CommandLine commandLine = ReckonCli.commandLine(Guice.createInjector(modules), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The modules {@code reckon} runs with, in a given environment, with test bindings replacing real ones. */
    static List<Module> modules(CliEnvironment environment, Module... overrides) {
        return List.of(Modules.override(ReckonModules.all(environment)).with(overrides));
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
