package dev.reckon.adapter.prose;

import dev.reckon.domain.number.Qualifier;
import java.util.Arrays;

/** How the claim language writes what the scanner found. */
final class CheckText {

    private CheckText() {
    }

    /** The claim language's own phrase for a comparison operator ({@code >} is "more than"). */
    static String qualifierPhrase(String operator) {
        return Arrays.stream(Qualifier.values()).filter(q -> q.operator().equals(operator)).findFirst()
                .map(q -> q.phrases().get(0))
                .orElseThrow(() -> new IllegalArgumentException("no qualifier for operator " + operator));
    }
}
