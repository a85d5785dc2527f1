package dev.reckon.application.port.shared;

import dev.reckon.domain.number.Interval;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure found in a text.
 *
 * @param id        {@code f1}, {@code f2}, ... in the order of the text
 * @param text      the figure as written, without its qualifier ({@code £1.2bn}, {@code 15 million}, {@code 72-hour})
 * @param start     offset of its first character in the text as read (UTF-16 code units)
 * @param end       offset just after its last character
 * @param line      1-based line of {@code start}
 * @param column    1-based column of {@code start}, in code points
 * @param kind      what it is
 * @param interval  every value the phrase allows, qualifier included ({@code more than 1.2m} is above 1.2m);
 *                  empty for what is not a quantity
 * @param currency  the currency of money
 * @param qualifier the qualifying words as written ("more than", "nearly")
 * @param noun      what it counts, where the sentence says ("video views", "donors")
 * @param sentence  1-based number of the sentence it stands in
 * @param check     the figure in the claim language, qualifier included ({@code more than 1.2m}; a fraction
 *                  written as a quotient takes its qualifier as an operator, {@code < (1 / 3)}); empty for
 *                  what is not a quantity
 */
public record TextFigure(String id, String text, int start, int end, int line, int column, FigureKind kind,
                         Optional<Interval> interval, Optional<Currency> currency, Optional<String> qualifier,
                         Optional<String> noun, int sentence, Optional<String> check) {

    public TextFigure {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(interval, "interval is null");
        Objects.requireNonNull(currency, "currency is null");
        Objects.requireNonNull(qualifier, "qualifier is null");
        Objects.requireNonNull(noun, "noun is null");
        Objects.requireNonNull(check, "check is null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("figure " + id + " has offsets " + start + ".." + end);
        }
    }
}
