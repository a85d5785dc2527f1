package dev.reckon.app;

import java.io.Console;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line needs to know about where it runs.
 *
 * @param variables   the environment variables
 * @param interactive whether standard output is a terminal a person is looking at
 */
public record CliEnvironment(Map<String, String> variables, boolean interactive) {

    /** The reproducible-builds variable that fixes the time a report says it was made. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The real process environment. */
    public static CliEnvironment current() {
        return new CliEnvironment(System.getenv(), isTerminal(System.console()));
    }

    /**
     * Up to Java 21 the JVM has a console only when input and output are a terminal. From Java 22
     * on it may have one anyway, and {@code Console.isTerminal()} (looked up by reflection, as the
     * build targets 17) tells.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException unexpected) {
            return false;
        }
    }

    /**
     * Colour on a terminal only, and never when {@code NO_COLOR} is set to anything, even the empty
     * string (https://no-color.org).
     */
    public boolean colour() {
        return interactive && !variables.containsKey("NO_COLOR");
    }

    /**
     * The clock a report reads its "checked" time from: fixed at {@code SOURCE_DATE_EPOCH} when it is set
     * (https://reproducible-builds.org/specs/source-date-epoch/), so a report made twice is the same
     * file; the system's otherwise. Empty when the variable is set but not whole seconds.
     */
    public Optional<Clock> reportClock() {
        String epoch = variables.get(SOURCE_DATE_EPOCH);
        if (epoch == null) {
            return Optional.of(Clock.systemUTC());
        }
        if (!epoch.strip().matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC));
    }
}
