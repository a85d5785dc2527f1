package dev.reckon.domain.claim;

import dev.reckon.domain.number.Figure;
import java.util.Objects;
import java.util.Optional;

/** One token of a check. */
record Token(Kind kind, String text, Position position, Optional<Figure> figure) {

    enum Kind {
        /** A figure, with any qualifier written before it. */
        FIGURE,
        /** A word outside braces: a metric, a function, {@code and}, {@code or}, {@code within}. */
        WORD,
        /** A name inside braces: a subject, platform, period, segment key or value. */
        NAME,
        /** A quoted name inside braces; the text is without the quotes. */
        QUOTED,
        SYMBOL,
        END
    }

    Token {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(position, "position is null");
        Objects.requireNonNull(figure, "figure is null");
    }

    boolean is(Kind expected, String expectedText) {
        return kind == expected && text.equalsIgnoreCase(expectedText);
    }

    boolean isSymbol(String symbol) {
        return is(Kind.SYMBOL, symbol);
    }

    boolean isWord(String word) {
        return is(Kind.WORD, word);
    }

    /** How an error message quotes it: {@code '}'}, or "the end of the check". */
    String quoted() {
        return switch (kind) {
            case END -> "the end of the check";
            case QUOTED -> "'\"" + text + "\"'";
            default -> "'" + text + "'";
        };
    }
}
