package dev.reckon.adapter.prose;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers written in words ("twenty-three", "one hundred and twenty"), read by ICU's English spellout rules. */
final class NumberWords {

    static final Set<String> WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred");

    // RuleBasedNumberFormat is not thread-safe; a scanner may serve several requests at once.
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    });

    private static final int MAX_KNOWN = 10_000;
    private static final Map<String, Optional<BigDecimal>> KNOWN = new ConcurrentHashMap<>();

    private NumberWords() {
    }

    /** The value of number words that all of {@code words} spell, if they do. */
    static Optional<BigDecimal> value(String words) {
        // ICU's lenient parse takes tens of microseconds; texts repeat the same few number words.
        Optional<BigDecimal> known = KNOWN.get(words);
        if (known != null) {
            return known;
        }
        Optional<BigDecimal> value = parse(words);
        if (KNOWN.size() < MAX_KNOWN) {
            KNOWN.put(words, value);
        }
        return value;
    }

    private static Optional<BigDecimal> parse(String words) {
        ParsePosition position = new ParsePosition(0);
        Number parsed;
        try {
            parsed = SPELLOUT.get().parse(words, position);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (parsed == null || position.getIndex() != words.length()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(parsed.toString()));
    }
}
