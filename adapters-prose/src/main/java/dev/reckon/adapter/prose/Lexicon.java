package dev.reckon.adapter.prose;

import dev.reckon.domain.number.Magnitude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The English words the scanner knows. */
final class Lexicon {

    static final Map<String, Magnitude> MAGNITUDE_WORDS = Map.of("thousand", Magnitude.THOUSAND,
            "million", Magnitude.MILLION, "billion", Magnitude.BILLION, "bn", Magnitude.BILLION,
            "mn", Magnitude.MILLION, "m", Magnitude.MILLION, "k", Magnitude.THOUSAND);

    static final Map<String, String> CURRENCY_WORDS = Map.of("pounds", "GBP", "pound", "GBP", "sterling", "GBP",
            "dollars", "USD", "dollar", "USD", "euros", "EUR", "euro", "EUR");

    static final Map<Character, String> CURRENCY_SYMBOLS = Map.of('£', "GBP", '$', "USD", '€', "EUR");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "hrs", "mins");

    /** Words that make a unit of time, joined to them by a dash, a point in time: "year-end", "year-on-year". */
    private static final Set<String> POINT_IN_TIME_ENDINGS = Set.of("end", "on", "round");

    /**
     * Whether token {@code j} is a unit of time that measures the number before it: "9 days", not the
     * "year" of "2023 year-end" (a point in time) or of "year-on-year" (a comparison).
     */
    static boolean isUnitOfTime(List<Token> tokens, int j) {
        if (j < 0 || j >= tokens.size() || tokens.get(j).type() != Token.Type.WORD || !TIME_UNITS.contains(tokens.get(j).lower())) {
            return false;
        }
        boolean compound = j + 2 < tokens.size() && tokens.get(j + 1).isDash() && !tokens.get(j + 1).spaceBefore()
                && !tokens.get(j + 2).spaceBefore() && POINT_IN_TIME_ENDINGS.contains(tokens.get(j + 2).lower());
        return !compound;
    }

    /** Capitalised words that make the number after them a name: "Article 50", "Phase 2". */
    static final Set<String> LABEL_WORDS = Set.of("article", "section", "clause", "chapter", "page", "phase",
            "round", "stage", "room", "route", "flight", "level", "version", "episode", "season", "part", "no", "number");

    /** Ratios written as a word: "twice as many", "doubled". */
    static final Map<String, BigDecimal> MULTIPLIER_WORDS = Map.of("twice", BigDecimal.valueOf(2),
            "double", BigDecimal.valueOf(2), "doubled", BigDecimal.valueOf(2), "doubling", BigDecimal.valueOf(2),
            "tripled", BigDecimal.valueOf(3), "trebled", BigDecimal.valueOf(3), "triple", BigDecimal.valueOf(3),
            "quadrupled", BigDecimal.valueOf(4), "halved", new BigDecimal("0.5"), "thrice", BigDecimal.valueOf(3));

    static final Map<String, Integer> DENOMINATORS = Map.ofEntries(Map.entry("half", 2), Map.entry("halves", 2),
            Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4), Map.entry("quarters", 4),
            Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("tenth", 10), Map.entry("tenths", 10));

    /**
     * Qualifiers and the operator of the claim language each stands for; an empty operator means
     * the words only stress the figure ("just 3%"). Longest first, so "just over" wins over "over".
     */
    static final List<Map.Entry<String, String>> QUALIFIERS = List.of(
            Map.entry("no fewer than", ">="), Map.entry("no less than", ">="), Map.entry("no more than", "<="),
            Map.entry("in excess of", ">"), Map.entry("upwards of", ">"), Map.entry("an estimated", "~"),
            Map.entry("just shy of", "<"), Map.entry("more than", ">"), Map.entry("just over", ">"),
            Map.entry("well over", ">"), Map.entry("just under", "<"), Map.entry("well under", "<"),
            Map.entry("at least", ">="), Map.entry("at most", "<="), Map.entry("up to", "<="),
            Map.entry("less than", "<"), Map.entry("fewer than", "<"), Map.entry("close to", "~"),
            Map.entry("over", ">"), Map.entry("above", ">"), Map.entry("under", "<"), Map.entry("below", "<"),
            Map.entry("almost", "<"), Map.entry("nearly", "<"), Map.entry("about", "~"), Map.entry("around", "~"),
            Map.entry("approximately", "~"), Map.entry("roughly", "~"), Map.entry("some", "~"),
            Map.entry("circa", "~"), Map.entry("approx", "~"), Map.entry("just", ""), Map.entry("only", ""));

    private static final List<String[]> QUALIFIER_WORDS = QUALIFIERS.stream().map(q -> q.getKey().split(" ")).toList();

    /** Words that end the noun after a figure. */
    static final Set<String> NOT_NOUNS = Set.of("of", "in", "on", "at", "from", "to", "by", "for", "with", "and",
            "or", "but", "the", "a", "an", "was", "were", "is", "are", "be", "been", "had", "has", "have", "than",
            "as", "more", "less", "fewer", "over", "per", "each", "across", "between", "this", "that", "these",
            "those", "who", "which", "while", "when", "where", "after", "before", "during", "into", "it", "its",
            "their", "our", "we", "they", "he", "she", "i", "you", "ago", "since", "until", "up", "down", "alone",
            "all", "total", "altogether", "combined", "apiece", "behind", "ahead", "short", "higher", "lower",
            "times", "not", "so", "too", "also", "only", "just", "about", "around", "almost", "nearly", "out",
            "off", "against", "within", "via", "raised", "reached", "came", "went", "rose", "fell", "grew", "said",
            "says", "made", "took", "gave", "got", "will", "would", "could", "can", "did", "do", "does", "if");

    private Lexicon() {
    }

    /** The longest qualifier that ends right before token {@code next}. */
    static Optional<Map.Entry<String, String>> qualifierBefore(List<Token> tokens, int next) {
        for (int q = 0; q < QUALIFIERS.size(); q++) {
            Map.Entry<String, String> qualifier = QUALIFIERS.get(q);
            String[] words = QUALIFIER_WORDS.get(q);
            int first = next - words.length;
            if (first < 0) {
                continue;
            }
            boolean matches = true;
            for (int w = 0; w < words.length && matches; w++) {
                matches = tokens.get(first + w).isWord(words[w]);
            }
            if (matches) {
                return Optional.of(qualifier);
            }
        }
        return Optional.empty();
    }
}
