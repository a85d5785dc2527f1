package dev.reckon.domain.claim;

import dev.reckon.domain.claim.ComparisonOutcome.Reading;
import dev.reckon.domain.claim.ComparisonOutcome.Rival;
import dev.reckon.domain.claim.SetMembers.Member;
import dev.reckon.domain.number.Interval;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides {@code argmax(S) = L} (docs/semantics.md#diff-language, docs/claim-language.md#sets-series-by-g): true when L's lower bound is above every other
 * member's upper bound, false when some other member's lower bound is above L's upper bound,
 * undecided otherwise; over a set that may miss members (posts nobody has seen), never true.
 * {@code argmin} is the mirror image. The outcome names the rival that
 * decided: the member that beats L when false, else the runner-up closest to it.
 */
final class LabelRanking {

    private final SetMembers set;
    private final Member named;
    private final Function<Member, Interval> valueOf;
    private final boolean complete;

    /**
     * @param complete whether the set holds every member it can have; a set by post over a period the
     *                 exports do not wholly cover may miss a post that is above every one seen
     */
    LabelRanking(SetMembers set, Member named, Function<Member, Interval> valueOf, boolean complete) {
        this.set = set;
        this.named = named;
        this.valueOf = valueOf;
        this.complete = complete;
    }

    ComparisonOutcome outcome(ComparisonCheck comparison, SetCall call, Label label) {
        boolean highest = call.function() == CheckFunction.ARGMAX;
        Interval value = valueOf.apply(named);
        List<Rival> others = set.members().stream().filter(m -> !m.equals(named))
                .map(m -> new Rival(m.label(), valueOf.apply(m))).toList();
        // Seen from argmin, every value is mirrored, so one rule serves both.
        Interval mine = highest ? value : value.negate();
        Function<Rival, Interval> theirs = r -> highest ? r.value() : r.value().negate();
        boolean aboveAll = others.stream().allMatch(r -> Evaluator.below(theirs.apply(r), mine, true));
        Optional<Rival> beating = others.stream().filter(r -> Evaluator.below(mine, theirs.apply(r), true))
                .max(Comparator.comparing(r -> theirs.apply(r).lo().orElseThrow()));
        Optional<Rival> closest = others.stream().max(Comparator.comparing(r -> theirs.apply(r),
                Comparator.comparing((Interval i) -> i.hi().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(i -> i.lo().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))));
        // Above every member seen is not above one nobody has seen: at best undecided, never true.
        Truth truth = Truth.of(aboveAll && complete, beating.isPresent());
        Optional<Rival> rival = beating.or(() -> closest);
        return new ComparisonOutcome(comparison, Reading.LABEL, ComparisonOperator.EQUAL, call, label, value,
                rival.map(Rival::value).orElse(value), Optional.empty(), Optional.empty(), truth, false, List.of(), rival);
    }
}
