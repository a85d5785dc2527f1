package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
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

    /** A fraction whose decimal does not end, as {@link #written} writes it: {@code (1 / 3)}. */
    private static final Pattern QUOTIENT = Pattern.compile("\\(([0-9]+) / ([0-9]+)\\)");

    /**
     * Digits of a never-ending fraction in what its phrase allows (the interval shown with the figure);
     * the check itself writes the fraction exactly.
     */
    private static final MathContext SHOWN = new MathContext(6, RoundingMode.HALF_EVEN);

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
            return share ? Optional.of(fraction(tokens, numeratorBefore ? i - 1 : i, i + 1, BigInteger.ONE, 2))
                    : Optional.empty();
        }
        Optional<BigInteger> numerator = numerator(t);
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
            boolean agrees = plural == (numerator.get().compareTo(BigInteger.ONE) > 0);
            if (agrees) {
                return Optional.of(fraction(tokens, i, d + 1, numerator.get(), over));
            }
        }
        return oneIn(tokens, i, numerator.get());
    }

    /** "one in five", "1 in 4", "one in every three". */
    private static Optional<Found> oneIn(List<Token> tokens, int i, BigInteger numerator) {
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
        if (of.isEmpty() || of.get().signum() == 0 || of.get().compareTo(new BigDecimal(numerator)) <= 0
                || of.get().compareTo(BigDecimal.valueOf(1000)) > 0 || of.get().stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(fraction(tokens, i, j + 1, numerator, of.get().intValueExact()));
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
        return ratio(tokens, first, end, value.stripTrailingZeros().toPlainString(),
                numeral.orElseGet(() -> FigureFinder.about(value)));
    }

    /** A fraction in words ("two thirds", "one in seven"), written exactly in its check. */
    private static Found fraction(List<Token> tokens, int first, int end, BigInteger numerator, int denominator) {
        String written = written(numerator, denominator);
        return ratio(tokens, first, end, written, FigureFinder.about(nominal(written)));
    }

    private static Found ratio(List<Token> tokens, int first, int end, String value, Interval interval) {
        return new Found(first, end, tokens.get(first).start(), tokens.get(end - 1).end(), FigureKind.RATIO,
                Optional.of(value), Optional.of(interval), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    /**
     * The fraction a phrase names, as the claim language writes it exactly: its decimal where that ends
     * ("a quarter" is {@code 0.25}, "two fifths" {@code 0.4}), else the quotient itself ("a third" is
     * {@code (1 / 3)}), so that no rounding of the writer's word decides a verdict. A figure inside
     * arithmetic is its own interval, and integers are exact, so the quotient is the fraction.
     */
    static String written(BigInteger numerator, int denominator) {
        BigInteger over = BigInteger.valueOf(denominator);
        BigInteger common = numerator.gcd(over);
        BigInteger reduced = over.divide(common);
        if (onlyTwosAndFives(reduced)) {
            return new BigDecimal(numerator).divide(new BigDecimal(over)).stripTrailingZeros().toPlainString();
        }
        return "(" + numerator + " / " + denominator + ")";
    }

    private static boolean onlyTwosAndFives(BigInteger n) {
        BigInteger rest = n;
        for (BigInteger prime : List.of(BigInteger.TWO, BigInteger.valueOf(5))) {
            while (rest.mod(prime).signum() == 0) {
                rest = rest.divide(prime);
            }
        }
        return rest.equals(BigInteger.ONE);
    }

    /** The value of a figure as a ratio's value writes it, a fraction {@code (1 / 3)} included (to six digits). */
    static BigDecimal nominal(String value) {
        Matcher quotient = QUOTIENT.matcher(value);
        if (quotient.matches()) {
            return new BigDecimal(quotient.group(1)).divide(new BigDecimal(quotient.group(2)), SHOWN);
        }
        return Figure.parse(value).nominal();
    }

    /** Whether {@code f} is a ratio below one: a share or a change ("a third", "0.5x"), not a multiple. */
    static boolean isBelowOne(Found f) {
        if (f.kind() != FigureKind.RATIO || f.value().isEmpty()) {
            return false;
        }
        BigDecimal value = nominal(f.value().get());
        return value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0;
    }

    private static Optional<BigInteger> numerator(Token t) {
        if (t.isWord("a") || t.isWord("an")) {
            return Optional.of(BigInteger.ONE);
        }
        if (t.isPlainInteger() && t.text().length() <= 2) {
            return Optional.of(new BigInteger(t.text()));
        }
        if (t.type() == Token.Type.WORD && NumberWords.WORDS.contains(t.lower()) && !t.isWord("hundred")) {
            return NumberWords.value(t.lower()).filter(v -> v.stripTrailingZeros().scale() <= 0)
                    .map(BigDecimal::toBigIntegerExact);
        }
        return Optional.empty();
    }
}
