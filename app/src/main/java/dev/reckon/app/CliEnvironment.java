package dev.reckon.app;

import java.util.Map;

/**
 * What the command line needs to know about where it runs.
 *
 * @param variables   the environment variables
 * @param interactive whether standard output is a terminal a person is looking at
 */
public record CliEnvironment(Map<String, String> variables, boolean interactive) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The real process environment; the JVM has a console only when input and output are a terminal. */
    public static CliEnvironment current() {
        return new CliEnvironment(System.getenv(), System.console() != null);
    }

    /**
     * Colour on a terminal only, and never when {@code NO_COLOR} is set to anything, even the empty
     * string (https://no-color.org).
     */
    public boolean colour() {
        return interactive && !variables.containsKey("NO_COLOR");
    }
}
