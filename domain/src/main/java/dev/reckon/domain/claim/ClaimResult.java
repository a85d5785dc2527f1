package dev.reckon.domain.claim;

import dev.reckon.domain.post.Post;
import dev.reckon.domain.series.SeriesValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verdict with its evidence.
 *
 * @param claim       what was checked
 * @param verdict     the verdict
 * @param explanation one plain English sentence a non-programmer understands
 * @param rule        the rule that decided, e.g. "= with a bare figure: the left side lies inside the figure's interval"
 * @param series      every series the check reads, with its value, observations and gaps
 * @param sides       the two sides when the check is a single comparison
 * @param error       why the claim is invalid, when it is
 * @param posts       the posts the explanation names (of a set by post: the top two, or the labelled
 *                    post and its rival), in the order named
 */
public record ClaimResult(Claim claim, Verdict verdict, String explanation, String rule,
                          List<SeriesValue> series, Optional<Sides> sides, Optional<ClaimError> error, List<Post> posts) {

    public ClaimResult {
        Objects.requireNonNull(claim, "claim is null");
        Objects.requireNonNull(verdict, "verdict is null");
        Objects.requireNonNull(explanation, "explanation is null");
        Objects.requireNonNull(rule, "rule is null");
        series = List.copyOf(series);
        Objects.requireNonNull(sides, "sides is null");
        Objects.requireNonNull(error, "error is null");
        posts = List.copyOf(posts);
    }

    /** A result whose explanation names no post. */
    public ClaimResult(Claim claim, Verdict verdict, String explanation, String rule, List<SeriesValue> series,
                       Optional<Sides> sides, Optional<ClaimError> error) {
        this(claim, verdict, explanation, rule, series, sides, error, List.of());
    }
}
