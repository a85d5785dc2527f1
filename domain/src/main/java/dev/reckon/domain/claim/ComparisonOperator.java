package dev.reckon.domain.claim;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of the claim language. */
public enum ComparisonOperator {
    LESS("<", "below"),
    LESS_OR_EQUAL("<=", "at most"),
    GREATER(">", "above"),
    GREATER_OR_EQUAL(">=", "at least"),
    EQUAL("=", "equal to"),
    ABOUT("~", "about");

    // Deliberately as in ArithmeticOperator (see there): an enum cannot inherit fields.
    private final String symbol;
    private final String words;

    ComparisonOperator(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    public String symbol() {
        return symbol;
    }

    /** How a sentence says it: "below", "at least", "about". */
    public String words() {
        return words;
    }

    public static Optional<ComparisonOperator> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }
}
