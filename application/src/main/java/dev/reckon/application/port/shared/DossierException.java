package dev.reckon.application.port.shared;

import java.util.List;
import java.util.stream.Collectors;

/** The dossier cannot be read at all; carries every problem found, in file order where there is one. */
public final class DossierException extends Exception {

    private final List<DossierProblem> problems;

    public DossierException(List<DossierProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a dossier exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static DossierException of(DossierProblem problem) {
        return new DossierException(List.of(problem));
    }

    public List<DossierProblem> problems() {
        return problems;
    }

    private static String describe(List<DossierProblem> problems) {
        return problems.stream().map(DossierProblem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
