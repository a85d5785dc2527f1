package dev.reckon.domain.claim;

import dev.reckon.domain.series.SeriesQuery;
import java.util.Objects;

/**
 * Reads one series written as in a check ({@code video_views{labour, facebook, ge2019}}) and
 * resolves it against a dossier, for comparing series outside any claim. It reuses the claim
 * language's own parser and name checks, so a series means the same here as in a check.
 */
public final class SeriesSelection {

    private static final String EXAMPLE = "video_views{labour, facebook, ge2019}";

    private SeriesSelection() {
    }

    /**
     * The query {@code text} stands for.
     *
     * @throws InvalidSeriesException when it is not one series, or names something the dossier does not have
     */
    public static SeriesQuery resolve(String text, ClaimContext context) throws InvalidSeriesException {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(context, "context is null");
        Check check = parseAsLeftSide(text);
        if (!(check instanceof ComparisonCheck comparison) || !(comparison.left() instanceof SeriesRef ref)) {
            throw new InvalidSeriesException(ClaimError.at(new Position(1, 1), "expected one series such as " + EXAMPLE
                    + ", not a calculation"));
        }
        try {
            return new TypeChecker(context).check(check).queries().get(ref);
        } catch (CheckTypeException e) {
            throw new InvalidSeriesException(e.error());
        }
    }

    /** Parses {@code text > 0}, so that the text is the left side of a comparison the parser accepts. */
    private static Check parseAsLeftSide(String text) throws InvalidSeriesException {
        try {
            return CheckParser.parse(text + " > 0");
        } catch (CheckSyntaxException withComparison) {
            try {
                CheckParser.parse(text);
            } catch (CheckSyntaxException alone) {
                // Worded about what the user wrote, not about the comparison added to it.
                throw new InvalidSeriesException(alone.error());
            }
            throw new InvalidSeriesException(ClaimError.at(new Position(1, 1), "expected one series such as " + EXAMPLE
                    + ", not a whole check"));
        }
    }

    /** A series text that cannot be read or resolved; the error says where and why. */
    public static final class InvalidSeriesException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient ClaimError error;

        public InvalidSeriesException(ClaimError error) {
            super(Objects.requireNonNull(error, "error is null").toString());
            this.error = error;
        }

        public ClaimError error() {
            return error;
        }
    }
}
