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
 * @param text        what the scanner found
 * @param checked     each relation with the domain's verdict on its check, in the order found
 * @param suggestions with a dossier: a check per figure bound to one of its series, evaluated against its data
 * @param unbound     with a dossier: every other quantity, with why it could not be bound
 */
public record TextScan(ScannedText text, List<CheckedRelation> checked, List<Suggestion> suggestions,
                       List<Unbound> unbound) {

    public TextScan {
        Objects.requireNonNull(text, "text is null");
        checked = List.copyOf(checked);
        suggestions = List.copyOf(suggestions);
        unbound = List.copyOf(unbound);
    }

    /** A scan read without a dossier: nothing is bound. */
    public TextScan(ScannedText text, List<CheckedRelation> checked) {
        this(text, checked, List.of(), List.of());
    }

    /** This scan with what a dossier bound. */
    public TextScan withBindings(List<Suggestion> suggestions, List<Unbound> unbound) {
        return new TextScan(text, checked, suggestions, unbound);
    }

    /**
     * A figure bound to a dossier's series: the check a user can copy into the dossier, and its result there.
     *
     * @param figureId the figure it states
     * @param check    {@code series = figure}, such as {@code reach{jc, facebook, final28} = 37.4m}
     * @param result   the check evaluated against the dossier's data
     */
    public record Suggestion(String figureId, String check, ClaimResult result) {

        public Suggestion {
            Objects.requireNonNull(figureId, "figureId is null");
            Objects.requireNonNull(check, "check is null");
            Objects.requireNonNull(result, "result is null");
        }
    }

    /** A quantity no series of the dossier could be told for, and why ("the text names no period"). */
    public record Unbound(String figureId, String reason) {

        public Unbound {
            Objects.requireNonNull(figureId, "figureId is null");
            Objects.requireNonNull(reason, "reason is null");
        }
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

    /** How many relations and suggestions have {@code threshold} or a worse verdict (for {@code --fail-on}). */
    public long countAtLeast(Verdict threshold) {
        return checked.stream().filter(c -> c.result().verdict().compareTo(threshold) >= 0).count()
                + suggestions.stream().filter(s -> s.result().verdict().compareTo(threshold) >= 0).count();
    }
}
