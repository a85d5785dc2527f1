package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.application.port.shared.Unrelated;
import dev.reckon.domain.claim.ClaimResult;
import dev.reckon.domain.claim.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text read and its relations checked.
 *
 * @param text    what the scanner found
 * @param checked each relation with the domain's verdict on its check, in the order found
 */
public record TextScan(ScannedText text, List<CheckedRelation> checked) {

    public TextScan {
        Objects.requireNonNull(text, "text is null");
        checked = List.copyOf(checked);
    }

    /** A relation with its verdict; {@code id} is {@code r1}, {@code r2}, ... */
    public record CheckedRelation(String id, ImpliedRelation relation, ClaimResult result) {

        public CheckedRelation {
            Objects.requireNonNull(id, "id is null");
            Objects.requireNonNull(relation, "relation is null");
            Objects.requireNonNull(result, "result is null");
        }
    }

    /** A figure's status and, when not checked, why. */
    public record Status(FigureStatus status, String reason) {
    }

    /** Every figure's status by its id, in one pass over the relations. */
    public Map<String, Status> statuses() {
        Map<String, List<Verdict>> verdicts = new HashMap<>();
        for (CheckedRelation c : checked) {
            for (String id : c.relation().figureIds()) {
                verdicts.computeIfAbsent(id, k -> new ArrayList<>()).add(c.result().verdict());
            }
        }
        Map<String, String> unrelated = new HashMap<>();
        for (Unrelated u : text.unrelated()) {
            unrelated.putIfAbsent(u.figureId(), u.reason());
        }
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (TextFigure figure : text.figures()) {
            statuses.put(figure.id(), statusOf(figure, verdicts.getOrDefault(figure.id(), List.of()), unrelated));
        }
        return statuses;
    }

    private static Status statusOf(TextFigure figure, List<Verdict> verdicts, Map<String, String> unrelated) {
        if (!verdicts.isEmpty()) {
            if (verdicts.contains(Verdict.FALSE)) {
                return new Status(FigureStatus.INCONSISTENT, "");
            }
            return verdicts.stream().allMatch(v -> v == Verdict.TRUE) ? new Status(FigureStatus.CONSISTENT, "")
                    : new Status(FigureStatus.UNDECIDED, "");
        }
        if (!figure.kind().isQuantity()) {
            return new Status(FigureStatus.NOT_CHECKED, "a " + figure.kind().id() + " is not a quantity");
        }
        if (unrelated.containsKey(figure.id())) {
            return new Status(FigureStatus.NOT_CHECKED, unrelated.get(figure.id()));
        }
        if (figure.check().isEmpty()) {
            return new Status(FigureStatus.NOT_CHECKED, "a range: no relation in the text uses it");
        }
        return new Status(FigureStatus.NOT_CHECKED, "no relation in the text uses it");
    }

    /** How many relations have {@code threshold} or a worse verdict (for {@code --fail-on}). */
    public long countAtLeast(Verdict threshold) {
        return checked.stream().filter(c -> c.result().verdict().compareTo(threshold) >= 0).count();
    }
}
