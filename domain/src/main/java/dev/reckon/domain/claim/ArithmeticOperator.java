package dev.reckon.domain.claim;

/** The arithmetic operators of the claim language. */
public enum ArithmeticOperator {
    PLUS("+", "plus"),
    MINUS("-", "minus"),
    TIMES("*", "times"),
    DIVIDED_BY("/", "divided by");

    // The symbol and words are kept as in ComparisonOperator, deliberately twice: an enum cannot
    // inherit fields, and a shared holder would add a hop to every sentence for two strings.
    private final String symbol;
    private final String words;

    ArithmeticOperator(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    public String symbol() {
        return symbol;
    }

    public String words() {
        return words;
    }

    /** Multiplication and division bind tighter than addition and subtraction. */
    boolean bindsTighterThanAddition() {
        return this == TIMES || this == DIVIDED_BY;
    }
}
