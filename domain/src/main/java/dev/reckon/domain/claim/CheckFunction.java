package dev.reckon.domain.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The functions a check may call. */
public enum CheckFunction {
    MAX("the larger of", 1, Integer.MAX_VALUE),
    MIN("the smaller of", 1, Integer.MAX_VALUE),
    SUM("the total of", 1, Integer.MAX_VALUE),
    ABS("the size of", 1, 1);

    private final String words;
    private final int minArguments;
    private final int maxArguments;

    CheckFunction(String words, int minArguments, int maxArguments) {
        this.words = words;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String words() {
        return words;
    }

    boolean accepts(int arguments) {
        return arguments >= minArguments && arguments <= maxArguments;
    }

    String arity() {
        return maxArguments == 1 ? "exactly one value" : "one or more values separated by commas";
    }

    public static Optional<CheckFunction> find(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
