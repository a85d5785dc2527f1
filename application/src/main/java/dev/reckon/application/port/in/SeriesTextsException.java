package dev.reckon.application.port.in;

import dev.reckon.domain.claim.ClaimError;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Series texts that cannot be compared: each problem names the text's index and where in it the error is. */
public final class SeriesTextsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SeriesTextsException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a series texts exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param index 0-based index of the text among those given
     * @param error what is wrong, at a line and column inside the text (0 when it has none)
     */
    public record Problem(int index, ClaimError error) {

        public Problem {
            Objects.requireNonNull(error, "error is null");
        }

        @Override
        public String toString() {
            return "series " + index + ": " + error;
        }
    }
}
