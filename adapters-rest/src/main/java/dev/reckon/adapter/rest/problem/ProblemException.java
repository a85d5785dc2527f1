package dev.reckon.adapter.rest.problem;

import java.util.List;
import java.util.Objects;

/** Ends a request with a problem response; thrown by handlers and turned into the body by the server. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemKind kind;
    private final transient List<FieldProblem> errors;
    private final long errorsNotShown;

    ProblemException(ProblemKind kind, String detail, List<FieldProblem> errors) {
        this(kind, detail, errors, 0);
    }

    ProblemException(ProblemKind kind, String detail, List<FieldProblem> errors, long errorsNotShown) {
        super(detail, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.errors = List.copyOf(errors);
        this.errorsNotShown = errorsNotShown;
    }

    public Problem problem(String instance) {
        return kind.problem(getMessage(), instance, errors, errorsNotShown);
    }
}
