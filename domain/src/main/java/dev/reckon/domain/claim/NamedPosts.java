package dev.reckon.domain.claim;

import dev.reckon.domain.claim.ComparisonOutcome.Reading;
import dev.reckon.domain.claim.Evaluator.Evaluation;
import dev.reckon.domain.claim.SetMembers.Member;
import dev.reckon.domain.claim.SetMembers.PostMember;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The posts a verdict's sentence names, in the order it names them, for a report to give as data:
 * of a set by post, the labelled post of an {@code argmax} and the rival that decided, and the top
 * two of a {@code max} or {@code min}. A mean, median, count or sum names no single post.
 */
final class NamedPosts {

    private NamedPosts() {
    }

    static List<Post> of(TypedCheck typed, Map<SeriesQuery, SeriesValue> values, Evaluation evaluation) {
        Set<Post> named = new LinkedHashSet<>();
        for (ComparisonOutcome outcome : evaluation.outcomes()) {
            if (!(outcome.subject() instanceof SetCall call) || !typed.sets().get(call).byPost()) {
                continue;
            }
            SetMembers set = typed.sets().get(call);
            if (outcome.rule() == Reading.LABEL) {
                named.addAll(posts(List.of(typed.labelled().get((Label) outcome.claimed()))));
                outcome.rival().flatMap(rival -> set.member(rival.label())).ifPresent(m -> named.addAll(posts(List.of(m))));
            } else if (call.function() == CheckFunction.MAX || call.function() == CheckFunction.MIN) {
                named.addAll(posts(set.leading(call.function() == CheckFunction.MAX,
                        m -> Evaluator.memberValue(m, typed, values), 2)));
            }
        }
        return new ArrayList<>(named);
    }

    private static List<Post> posts(List<Member> members) {
        return members.stream().map(m -> m instanceof PostMember post ? Optional.of(post.post()) : Optional.<Post>empty())
                .flatMap(Optional::stream).toList();
    }
}
