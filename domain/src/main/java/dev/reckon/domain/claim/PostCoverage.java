package dev.reckon.domain.claim;

import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesValue;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a set by post holds every post of its period (docs/semantics.md#post-sets). The per-post exports
 * say which stretches of time they are complete for; where some stretch of the period is not
 * covered, posts nobody has seen may be missing from the set, so what is known of it is bounded
 * on one side only.
 */
final class PostCoverage {

    private PostCoverage() {
    }

    /**
     * Whether {@code set} holds every member it can have: always for a set of series, whose
     * members are fixed; for a set by post, when the series of the whole period has a value
     * and no stretch of it is left uncovered.
     */
    static boolean complete(SetMembers set, Map<SeriesQuery, SeriesValue> values) {
        if (!set.byPost()) {
            return true;
        }
        return firstOpen(set, values).isEmpty();
    }

    /**
     * The first account of a set by post whose exports leave some of the period uncovered (or do
     * not touch it at all), so that posts nobody has seen may be missing from the set.
     */
    static Optional<SeriesQuery> firstOpen(SetMembers set, Map<SeriesQuery, SeriesValue> values) {
        return set.postsOver().stream().filter(account -> {
            SeriesValue whole = values.get(account);
            return whole == null || !whole.hasValue() || !whole.gaps().isEmpty();
        }).findFirst();
    }

    /**
     * Whether {@code query} is read only for the coverage of a set by post that holds posts: with no
     * coverage at all (posts sent one by one, without an export's window), what is known comes from
     * the posts seen, so the claim has data, only perhaps not all of it.
     */
    static boolean postsSeenWithout(SeriesQuery query, TypedCheck typed) {
        boolean readElsewhere = typed.queries().entrySet().stream().anyMatch(e -> e.getValue().equals(query)
                && typed.sets().keySet().stream().noneMatch(set -> set.grouped() == e.getKey()));
        return !readElsewhere && typed.sets().values().stream()
                .anyMatch(set -> set.byPost() && set.postsOver().contains(query) && !set.members().isEmpty());
    }

    /**
     * The first set by post that holds no post while the exports cover its whole period: the
     * period surely had none, and a highest, lowest, mean or median of nothing has no value to
     * compare (a count or a sum of it is zero, and is evaluated).
     */
    static Optional<ClaimError> emptyWhereComplete(TypedCheck typed, Map<SeriesQuery, SeriesValue> values) {
        return typed.sets().values().stream()
                .filter(set -> set.byPost() && set.members().isEmpty() && complete(set, values))
                .filter(set -> set.call().function() != CheckFunction.COUNT && set.call().function() != CheckFunction.SUM)
                .findFirst()
                .map(set -> ClaimError.at(set.call().position(), "there are no posts in " + set.call().grouped()
                        + ": the exports cover all of " + set.period().name() + " and hold no post of "
                        + set.postsOver().stream().map(q -> q.subject() + " on " + q.platform())
                        .collect(Collectors.joining(", ")) + " with " + set.metric().id()
                        + ", so " + set.call().function().id() + " has nothing to take; count(" + set.call().grouped()
                        + " by post) = 0 says that there were none"));
    }
}
