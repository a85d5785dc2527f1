package dev.reckon.adapter.file.report;

import dev.reckon.domain.claim.Verdict;
import java.util.Map;
import java.util.StringJoiner;

/** The summary line the text reports share. */
final class VerdictCounts {

    private VerdictCounts() {
    }

    /** {@code 9 claims: 6 true, 1 false, 1 undecided, 1 no-data, 0 invalid}. */
    static String sentence(Map<Verdict, Long> summary) {
        long total = summary.values().stream().mapToLong(Long::longValue).sum();
        StringJoiner counts = new StringJoiner(", ");
        for (Verdict verdict : Verdict.values()) {
            counts.add(summary.getOrDefault(verdict, 0L) + " " + verdict.id());
        }
        return total + (total == 1 ? " claim: " : " claims: ") + counts;
    }
}
