package dev.reckon.domain.claim;

import dev.reckon.domain.claim.ComparisonOutcome.Reading;
import dev.reckon.domain.claim.ComparisonOutcome.Rival;
import dev.reckon.domain.claim.SetMembers.Member;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides {@code argmax(S) = L} (docs/semantics.md#diff-language, docs/claim-language.md#sets-series-by-g): true when L's lower bound is above every other
 * member's upper bound, false when some other member's lower bound is above L's upper bound,
 * undecided otherwise. {@code argmin} is the mirror image. The outcome names the rival that
 * decided: the member that beats L when false, else the runner-up closest to it.
 */
final class LabelRanking {

    private final SetMembers set;
    private final Member named;
    private final Function<SeriesQuery, Interval> valueOf;

    LabelRanking(SetMembers set, Member named, Function<SeriesQuery, Interval> valueOf) {
        this.set = set;
        this.named = named;
        this.valueOf = valueOf;
    }

    ComparisonOutcome outcome(ComparisonCheck comparison, SetCall call, Label label) {
        boolean highest = call.function() == CheckFunction.ARGMAX;
        Interval value = valueOf.apply(named.query());
        List<Rival> others = set.members().stream().filter(m -> !m.equals(named))
                .map(m -> new Rival(m.label(), valueOf.apply(m.query()))).toList();
        // Seen from argmin, every value is mirrored, so one rule serves both.
        Interval mine = highest ? value : value.negate();
        Function<Rival, Interval> theirs = r -> highest ? r.value() : r.value().negate();
        boolean aboveAll = others.stream().allMatch(r -> Evaluator.below(theirs.apply(r), mine, true));
        Optional<Rival> beating = others.stream().filter(r -> Evaluator.below(mine, theirs.apply(r), true))
                .max(Comparator.comparing(r -> theirs.apply(r).lo().orElseThrow()));
        Optional<Rival> closest = others.stream().max(Comparator.comparing(r -> theirs.apply(r),
                Comparator.comparing((Interval i) -> i.hi().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(i -> i.lo().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))));
        Truth truth = Truth.of(aboveAll, beating.isPresent());
        Optional<Rival> rival = beating.or(() -> closest);
        return new ComparisonOutcome(comparison, Reading.LABEL, ComparisonOperator.EQUAL, call, label, value,
                rival.map(Rival::value).orElse(value), Optional.empty(), Optional.empty(), truth, false, List.of(), rival);
    }
}
