package dev.reckon.domain.claim;

/** The arithmetic operators of the claim language. */
public enum ArithmeticOperator {
    PLUS("+", "plus"),
    MINUS("-", "minus"),
    TIMES("*", "times"),
    DIVIDED_BY("/", "divided by");

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
