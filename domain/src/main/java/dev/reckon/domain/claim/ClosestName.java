package dev.reckon.domain.claim;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Suggestions for a misspelt name, and the list of names there are. */
final class ClosestName {

    private static final int LISTED = 30;

    private ClosestName() {
    }

    /** The known name nearest to {@code written} by edit distance, if it is near enough to be a likely typo. */
    static Optional<String> to(String written, Collection<String> known) {
        String lower = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, written.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "unknown subject 'labor': did you mean 'labour'? The subjects are: conservatives, labour." */
    static String unknown(String what, String plural, String written, Collection<String> known) {
        StringBuilder message = new StringBuilder("unknown " + what + " '" + written + "'");
        to(written, known).ifPresent(s -> message.append(": did you mean '").append(s).append("'?"));
        if (known.isEmpty()) {
            message.append(message.charAt(message.length() - 1) == '?' ? " " : ": ")
                    .append("there are no ").append(plural).append(" in this dossier");
        } else {
            List<String> sorted = known.stream().sorted().toList();
            String listed = sorted.stream().limit(LISTED).collect(Collectors.joining(", "));
            message.append(message.charAt(message.length() - 1) == '?' ? " The " : "; the ")
                    .append(plural).append(" are: ").append(listed)
                    .append(sorted.size() > LISTED ? " and " + (sorted.size() - LISTED) + " more" : "").append('.');
        }
        return message.toString();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
