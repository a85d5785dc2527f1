package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ratios in words: fractions ("half", "a third", "two-thirds", "one in five") and multipliers ("twice", "doubled"). */
final class Ratios {

    /** Words after which "half" is a share: "half of", "half as many", "half the". */
    private static final Set<String> SHARE_FOLLOWERS = Set.of("of", "as", "the", "their", "its", "our", "all", "that");
    private static final Set<String> SHARE_LEADERS = Set.of("a", "one", "than", "by", "just", "nearly", "almost",
            "about", "around", "over", "under", "roughly", "some");

    /** "3x", "2.5x", "10×": a numeral times something. */
    static final Pattern MULTIPLIED = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)[x×]", Pattern.CASE_INSENSITIVE);

    private Ratios() {
    }

    static Optional<Found> fractionAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isWord("half")) {
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean share = (after != null && SHARE_FOLLOWERS.contains(after.lower()))
                    || (before != null && SHARE_LEADERS.contains(before.lower()));
            boolean numeratorBefore = before != null && (before.isWord("a") || before.isWord("one"));
            return share ? Optional.of(ratio(tokens, numeratorBefore ? i - 1 : i, i + 1, new BigDecimal("0.5"),
                    Optional.empty())) : Optional.empty();
        }
        Optional<BigDecimal> numerator = numerator(t);
        if (numerator.isEmpty() || i + 1 >= tokens.size()) {
            return Optional.empty();
        }
        int d = i + 1;
        if (tokens.get(d).isDash() && !tokens.get(d).spaceBefore() && d + 1 < tokens.size()) {
            d++;
        }
        Token denominator = tokens.get(d);
        Integer over = Lexicon.DENOMINATORS.get(denominator.lower());
        if (denominator.type() == Token.Type.WORD && over != null) {
            boolean plural = denominator.lower().endsWith("s");
            boolean agrees = plural == (numerator.get().compareTo(BigDecimal.ONE) > 0);
            if (agrees) {
                return Optional.of(ratio(tokens, i, d + 1, divide(numerator.get(), over), Optional.empty()));
            }
        }
        return oneIn(tokens, i, numerator.get());
    }

    /** "one in five", "1 in 4", "one in every three". */
    private static Optional<Found> oneIn(List<Token> tokens, int i, BigDecimal numerator) {
        int j = i + 1;
        if (j >= tokens.size() || !tokens.get(j).isWord("in")) {
            return Optional.empty();
        }
        j++;
        if (j < tokens.size() && tokens.get(j).isWord("every")) {
            j++;
        }
        if (j >= tokens.size()) {
            return Optional.empty();
        }
        Token base = tokens.get(j);
        Optional<BigDecimal> of = base.isPlainInteger() ? Optional.of(new BigDecimal(base.text()))
                : base.type() == Token.Type.WORD && NumberWords.WORDS.contains(base.lower()) ? NumberWords.value(base.lower())
                : Optional.empty();
        if (of.isEmpty() || of.get().signum() == 0 || of.get().compareTo(numerator) <= 0 || of.get().compareTo(BigDecimal.valueOf(1000)) > 0) {
            return Optional.empty();
        }
        return Optional.of(ratio(tokens, i, j + 1, divide(numerator, of.get().intValue()), Optional.empty()));
    }

    static Optional<Found> multiplierAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Matcher multiplied = MULTIPLIED.matcher(t.text());
        if (t.type() == Token.Type.MIXED && multiplied.matches()) {
            Figure numeral = Figure.parse(multiplied.group(1));
            return Optional.of(ratio(tokens, i, i + 1, numeral.nominal(), Optional.of(numeral.interval())));
        }
        BigDecimal value = t.type() == Token.Type.WORD ? Lexicon.MULTIPLIER_WORDS.get(t.lower()) : null;
        if (value == null) {
            return Optional.empty();
        }
        if (t.isWord("double") || t.isWord("triple")) {
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next == null || !(next.isWord("the") || next.isWord("that") || next.isWord("what"))) {
                return Optional.empty();
            }
        }
        return Optional.of(ratio(tokens, i, i + 1, value, Optional.empty()));
    }

    /** A ratio figure over tokens {@code [first, end)}: numerals keep their own interval, words allow 5% either way. */
    static Found ratio(List<Token> tokens, int first, int end, BigDecimal value, Optional<Interval> numeral) {
        Interval interval = numeral.orElseGet(() -> FigureFinder.about(value));
        return new Found(first, end, tokens.get(first).start(), tokens.get(end - 1).end(), FigureKind.RATIO,
                Optional.of(value.stripTrailingZeros().toPlainString()), Optional.of(interval), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    private static Optional<BigDecimal> numerator(Token t) {
        if (t.isWord("a") || t.isWord("an")) {
            return Optional.of(BigDecimal.ONE);
        }
        if (t.isPlainInteger() && t.text().length() <= 2) {
            return Optional.of(new BigDecimal(t.text()));
        }
        if (t.type() == Token.Type.WORD && NumberWords.WORDS.contains(t.lower()) && !t.isWord("hundred")) {
            return NumberWords.value(t.lower());
        }
        return Optional.empty();
    }

    private static BigDecimal divide(BigDecimal numerator, int denominator) {
        return numerator.divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
