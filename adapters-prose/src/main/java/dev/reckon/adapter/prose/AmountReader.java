package dev.reckon.adapter.prose;

import dev.reckon.domain.number.Magnitude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an amount at a token: "£1.2bn", "15 million", "99 per cent", "one and a half million", "$5 dollars". */
final class AmountReader {

    private static final Pattern WITH_SUFFIX = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)(k|m|mn|bn|b)",
            Pattern.CASE_INSENSITIVE);

    private final List<Token> tokens;

    AmountReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    Optional<WrittenAmount> at(int i) {
        int j = i;
        Optional<String> currency = Optional.empty();
        Token first = token(j);
        if (first != null && first.type() == Token.Type.SYMBOL && Lexicon.CURRENCY_SYMBOLS.containsKey(first.text().charAt(0))
                && token(j + 1) != null && !token(j + 1).spaceBefore()) {
            currency = Optional.of(Lexicon.CURRENCY_SYMBOLS.get(first.text().charAt(0)));
            j++;
        }
        Optional<WrittenAmount> number = number(j);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        WrittenAmount amount = number.get();
        j = amount.endToken();
        Optional<Magnitude> magnitude = amount.magnitude();
        if (magnitude.isEmpty() && token(j) != null && token(j).type() == Token.Type.WORD
                && Lexicon.MAGNITUDE_WORDS.containsKey(token(j).lower()) && magnitudeWordFits(token(j))) {
            magnitude = Optional.of(Lexicon.MAGNITUDE_WORDS.get(token(j).lower()));
            j++;
        }
        boolean percent = false;
        if (magnitude.isEmpty()) {
            int afterPercent = percentEnd(j);
            percent = afterPercent > j;
            j = afterPercent;
        }
        if (currency.isEmpty() && !percent && token(j) != null && Lexicon.CURRENCY_WORDS.containsKey(token(j).lower())) {
            currency = Optional.of(Lexicon.CURRENCY_WORDS.get(token(j).lower()));
            j++;
        }
        return Optional.of(new WrittenAmount(i, j, amount.written(), magnitude, currency, percent, amount.inWords()));
    }

    private boolean magnitudeWordFits(Token word) {
        // "m" and "k" as separate words are suffixes only right after the number ("1.2 m" is rare; "5 k" rarer).
        String lower = word.lower();
        return !(lower.equals("m") || lower.equals("k"));
    }

    private int percentEnd(int j) {
        Token t = token(j);
        if (t == null) {
            return j;
        }
        if (t.isSymbol('%')) {
            return j + 1;
        }
        if (t.isWord("percent") || t.isWord("pc")) {
            return j + 1;
        }
        if (t.isWord("per") && token(j + 1) != null && token(j + 1).isWord("cent")) {
            return j + 2;
        }
        if (t.isWord("percentage") && token(j + 1) != null
                && (token(j + 1).isWord("points") || token(j + 1).isWord("point"))) {
            return j + 2;
        }
        return j;
    }

    /** The number itself: digits, digits with a suffix, or words. */
    private Optional<WrittenAmount> number(int j) {
        Token t = token(j);
        if (t == null) {
            return Optional.empty();
        }
        if (t.type() == Token.Type.NUMBER) {
            // "1 200" with a no-break space between the groups is 1,200 as the claim language writes it.
            String grouped = t.text().replace('\u00a0', ',').replace('\u2009', ',').replace('\u202f', ',');
            return Optional.of(new WrittenAmount(j, j + 1, grouped, Optional.empty(), Optional.empty(), false, false));
        }
        if (t.type() == Token.Type.MIXED) {
            Matcher m = WITH_SUFFIX.matcher(t.text());
            if (m.matches()) {
                Optional<Magnitude> magnitude = Optional.of(Lexicon.MAGNITUDE_WORDS.get(
                        m.group(2).toLowerCase(Locale.ROOT).equals("b") ? "bn" : m.group(2).toLowerCase(Locale.ROOT)));
                return Optional.of(new WrittenAmount(j, j + 1, m.group(1), magnitude, Optional.empty(), false, false));
            }
            return Optional.empty();
        }
        if (t.type() == Token.Type.WORD) {
            return inWords(j);
        }
        return Optional.empty();
    }

    /** "twenty", "one hundred and twenty", "a million", "half a million", "one and a half million". */
    private Optional<WrittenAmount> inWords(int j) {
        Token t = token(j);
        if ((t.isWord("a") || t.isWord("an")) && isMagnitudeWord(j + 1)) {
            return Optional.of(words(j, j, "1"));
        }
        if (t.isWord("half") && token(j + 1) != null && token(j + 1).isWord("a") && isMagnitudeWord(j + 2)) {
            return Optional.of(words(j, j + 1, "0.5"));
        }
        if (!NumberWords.WORDS.contains(t.lower())) {
            return Optional.empty();
        }
        int k = j;
        StringBuilder spelt = new StringBuilder();
        while (token(k) != null) {
            Token w = token(k);
            if (w.type() == Token.Type.WORD && NumberWords.WORDS.contains(w.lower())) {
                spelt.append(spelt.length() == 0 ? "" : " ").append(w.lower());
                k++;
            } else if (w.isDash() && !w.spaceBefore() && token(k + 1) != null && !token(k + 1).spaceBefore()
                    && NumberWords.WORDS.contains(token(k + 1).lower()) && k > j) {
                k++;
            } else if (w.isWord("and") && k > j && token(k - 1).isWord("hundred") && token(k + 1) != null
                    && NumberWords.WORDS.contains(token(k + 1).lower())) {
                spelt.append(" and");
                k++;
            } else {
                break;
            }
        }
        Optional<BigDecimal> value = NumberWords.value(spelt.toString());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal number = value.get();
        if (token(k) != null && token(k).isWord("and") && token(k + 1) != null && token(k + 1).isWord("a")
                && token(k + 2) != null && token(k + 2).isWord("half")) {
            number = number.add(new BigDecimal("0.5"));
            k += 3;
        }
        if (number.compareTo(BigDecimal.ONE) == 0 && k == j + 1 && !oneIsANumber(k)) {
            return Optional.empty();
        }
        return Optional.of(words(j, k - 1, number.toPlainString()));
    }

    /** "one" is a pronoun ("one of the best") unless a magnitude, a unit of time or "in" follows it. */
    private boolean oneIsANumber(int next) {
        Token t = token(next);
        return t != null && t.type() == Token.Type.WORD && (Lexicon.MAGNITUDE_WORDS.containsKey(t.lower())
                || Lexicon.TIME_UNITS.contains(t.lower()) || t.isWord("in"));
    }

    private boolean isMagnitudeWord(int j) {
        Token t = token(j);
        return t != null && t.type() == Token.Type.WORD && Lexicon.MAGNITUDE_WORDS.containsKey(t.lower())
                && magnitudeWordFits(t);
    }

    private WrittenAmount words(int first, int last, String written) {
        return new WrittenAmount(first, last + 1, written, Optional.empty(), Optional.empty(), false, true);
    }

    private Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
