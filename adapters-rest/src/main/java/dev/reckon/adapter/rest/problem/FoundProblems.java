package dev.reckon.adapter.rest.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one request, kept up to twice what an answer lists and otherwise only
 * counted: a body of a million bad elements costs a counter, not a million objects. Twice, so that
 * sorting what was kept can still bring forward problems found later at lower indexes.
 */
public final class FoundProblems {

    private static final int KEPT = 2 * Problem.MAX_ERRORS_LISTED;

    private final List<FieldProblem> kept = new ArrayList<>();
    private long dropped;

    public void add(FieldProblem problem) {
        if (kept.size() < KEPT) {
            kept.add(problem);
        } else {
            dropped++;
        }
    }

    public void addAll(List<FieldProblem> problems) {
        problems.forEach(this::add);
    }

    public boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Ends the request with a {@code kind} problem listing the first problems by element index, and counting the rest. */
    public ProblemException raise(ProblemKind kind, String detail) {
        List<FieldProblem> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing(FieldProblem::index, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new ProblemException(kind, detail, sorted, dropped);
    }
}
