package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.domain.number.Interval;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as the finder sees it: token positions and offsets into the readable words.
 *
 * @param firstToken index of its first token (after any qualifier)
 * @param endToken   index just after its last token
 * @param start      offset into the readable words
 * @param end        offset just after it
 * @param value      the figure in the claim language without qualifier ({@code £1.2bn}), if a quantity
 * @param interval   what the phrase allows, qualifier included
 * @param operator   the comparison its qualifier stands for, empty if none or one that only stresses
 * @param exact      written as an exact integer (no suffix, fraction, percent or words of approximation)
 * @param range      whether it is a range ("£3m-£4m")
 */
record Found(int firstToken, int endToken, int start, int end, FigureKind kind, Optional<String> value,
             Optional<Interval> interval, Optional<Currency> currency, Optional<String> qualifier,
             Optional<String> operator, Optional<String> noun, boolean exact, boolean range) {

    Found {
        Objects.requireNonNull(kind, "kind is null");
    }

    static Found notAQuantity(int firstToken, int endToken, int start, int end, FigureKind kind) {
        return new Found(firstToken, endToken, start, end, kind, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    Found withNoun(Optional<String> newNoun) {
        return new Found(firstToken, endToken, start, end, kind, value, interval, currency, qualifier, operator,
                newNoun, exact, range);
    }

    /**
     * The figure as a check writes it, qualifier included ({@code more than 1.2m}); empty for a range. A
     * value written as arithmetic ({@code (1 / 3)}) cannot take a qualifier's words, which only go
     * before a figure, so its qualifier is written as the operator it stands for ({@code < (1 / 3)}).
     */
    Optional<String> check() {
        if (value.isEmpty() || range) {
            return Optional.empty();
        }
        if (isArithmetic()) {
            return Optional.of(operator.map(op -> op + " ").orElse("") + value.get());
        }
        return Optional.of(operator.map(op -> CheckText.qualifierPhrase(op) + " ").orElse("") + value.get());
    }

    /** The right-hand side of a check that compares something with this figure: {@code = more than 1.2m}, {@code < (1 / 3)}. */
    String comparison() {
        String figure = check().orElseThrow(() -> new IllegalStateException("a range is compared with nothing"));
        return isArithmetic() && operator.isPresent() ? figure : "= " + figure;
    }

    private boolean isArithmetic() {
        return value.map(v -> v.startsWith("(")).orElse(false);
    }
}
