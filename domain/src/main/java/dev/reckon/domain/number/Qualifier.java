package dev.reckon.domain.number;

import java.util.List;
import java.util.Optional;

/**
 * Words people put before a figure ("more than 1.5m", "almost 2m"). A qualifier is not part of
 * the figure's interval: in a check it becomes the comparison it names.
 */
public enum Qualifier {
    MORE_THAN(">", "more than", "over", "above"),
    AT_LEAST(">=", "at least"),
    LESS_THAN("<", "less than", "under", "below", "almost", "nearly"),
    AT_MOST("<=", "at most", "no more than", "up to"),
    ABOUT("~", "about", "around", "approximately", "roughly");

    private final String operator;
    private final List<String> phrases;

    Qualifier(String operator, String... phrases) {
        this.operator = operator;
        this.phrases = List.of(phrases);
    }

    /** The comparison operator of the claim language this qualifier stands for. */
    public String operator() {
        return operator;
    }

    public List<String> phrases() {
        return phrases;
    }

    /** The qualifier whose phrase starts {@code text} (case-insensitive, followed by a space). */
    static Optional<Match> atStartOf(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        Match best = null;
        for (Qualifier qualifier : values()) {
            for (String phrase : qualifier.phrases) {
                if (lower.startsWith(phrase + " ") && (best == null || phrase.length() > best.phrase().length())) {
                    best = new Match(qualifier, phrase);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    record Match(Qualifier qualifier, String phrase) {
    }
}
