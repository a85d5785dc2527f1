package dev.reckon.domain.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The functions a check may call, over values ({@code max(a, b)}) or over a set ({@code max(x by day)}). */
public enum CheckFunction {
    MAX("the larger of", 1, Integer.MAX_VALUE, Over.VALUES_OR_SET),
    MIN("the smaller of", 1, Integer.MAX_VALUE, Over.VALUES_OR_SET),
    SUM("the total of", 1, Integer.MAX_VALUE, Over.VALUES_OR_SET),
    ABS("the size of", 1, 1, Over.VALUES),
    CHANGE("the change", 2, 2, Over.VALUES),
    MEAN("the mean of", 1, 1, Over.SET),
    MEDIAN("the median of", 1, 1, Over.SET),
    COUNT("the number of", 1, 1, Over.SET),
    ARGMAX("the highest of", 1, 1, Over.SET),
    ARGMIN("the lowest of", 1, 1, Over.SET);

    /** What a function takes. */
    private enum Over { VALUES, SET, VALUES_OR_SET }

    private final String words;
    private final int minArguments;
    private final int maxArguments;
    private final Over over;

    CheckFunction(String words, int minArguments, int maxArguments, Over over) {
        this.words = words;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.over = over;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String words() {
        return words;
    }

    /** Whether it may reduce a set ({@code series by day}). */
    public boolean takesSet() {
        return over != Over.VALUES;
    }

    /** Whether it reduces only a set, never a list of values. */
    public boolean needsSet() {
        return over == Over.SET;
    }

    /** Whether it gives a member's label rather than a number: {@code argmax}, {@code argmin}. */
    public boolean givesLabel() {
        return this == ARGMAX || this == ARGMIN;
    }

    boolean accepts(int arguments) {
        return arguments >= minArguments && arguments <= maxArguments;
    }

    String arity() {
        return maxArguments == 1 ? "exactly one value" : maxArguments == 2 ? "exactly two values, as in change(now, before)"
                : "one or more values separated by commas";
    }

    /** "max, min, sum, abs, change, mean, median, count, argmax and argmin". */
    static String allIds() {
        String ids = Arrays.stream(values()).map(CheckFunction::id).collect(Collectors.joining(", "));
        int last = ids.lastIndexOf(", ");
        return ids.substring(0, last) + " and " + ids.substring(last + 2);
    }

    public static Optional<CheckFunction> find(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
