package dev.reckon.adapter.file.dossier;

import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The problems found in one dossier, gathered so the user sees them all at once. */
final class Problems {

    private final String file;
    private final List<DossierProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = Objects.requireNonNull(file, "file is null");
    }

    void add(int line, int column, String message) {
        found.add(DossierProblem.at(file, line, column, message));
    }

    void at(LocatedText where, String message) {
        add(where.line(), where.column(), message);
    }

    void at(Located where, String message) {
        add(where.line(), where.column(), message);
    }

    /** A problem in another file, such as a data file the dossier names that does not exist. */
    void add(DossierProblem problem) {
        found.add(problem);
    }

    int size() {
        return found.size();
    }

    /** Throws every problem found, in the order they stand in the file. */
    void throwIfAny() throws DossierException {
        if (!found.isEmpty()) {
            List<DossierProblem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(DossierProblem::file)
                    .thenComparingInt(p -> p.line().orElse(0)).thenComparingInt(p -> p.column().orElse(0)));
            throw new DossierException(sorted);
        }
    }
}
