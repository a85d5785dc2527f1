package dev.reckon.domain.claim;

import dev.reckon.domain.claim.Evaluator.Evaluation;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricUnit;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesSource;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks claims (docs/semantics.md#evaluation): parses the check, checks its names and units against the
 * dossier, reads the series, evaluates over intervals and explains the verdict. One claim never
 * throws: whatever goes wrong becomes an {@code invalid} result that says why.
 */
public final class ClaimChecker {

    private final ClaimContext context;
    private final SeriesSource source;
    private final PostSource posts;

    /**
     * @param source the series the dossier's data gives
     * @param posts  its posts, one by one, which a set by post ranges over
     */
    public ClaimChecker(ClaimContext context, SeriesSource source, PostSource posts) {
        this.context = Objects.requireNonNull(context, "context is null");
        this.source = Objects.requireNonNull(source, "source is null");
        this.posts = Objects.requireNonNull(posts, "posts is null");
    }

    /** A checker over data that keeps no posts: a set by post finds none. */
    public ClaimChecker(ClaimContext context, SeriesSource source) {
        this(context, source, TypeChecker.NO_POSTS);
    }

    public ClaimResult check(Claim claim) {
        Objects.requireNonNull(claim, "claim is null");
        try {
            return evaluate(claim);
        } catch (RuntimeException unexpected) {
            String why = unexpected.getMessage() == null ? unexpected.getClass().getSimpleName() : unexpected.getMessage();
            ClaimError error = ClaimError.unlocated("the check could not be evaluated: " + why);
            return invalid(claim, error, List.of(), "an unexpected failure makes the claim invalid");
        }
    }

    /**
     * The series a claim's check reads, in the order written; empty when the check does not parse
     * or names something the dossier does not have.
     */
    public List<SeriesQuery> seriesReadBy(Claim claim) {
        try {
            return new TypeChecker(context, posts).check(CheckParser.parse(claim.check())).distinctQueries();
        } catch (CheckSyntaxException | CheckTypeException notCheckable) {
            return List.of();
        }
    }

    private ClaimResult evaluate(Claim claim) {
        Check check;
        try {
            check = CheckParser.parse(claim.check());
        } catch (CheckSyntaxException e) {
            return invalid(claim, e.error(), List.of(), "a check that cannot be read is invalid");
        }
        TypedCheck typed;
        try {
            typed = new TypeChecker(context, posts).check(check);
        } catch (CheckTypeException e) {
            return invalid(claim, e.error(), List.of(), "a check with an unknown name or mismatched units is invalid");
        }
        Map<SeriesQuery, SeriesValue> values = new LinkedHashMap<>();
        for (SeriesQuery query : typed.distinctQueries()) {
            values.put(query, Objects.requireNonNull(source.valueOf(query), "the series source gave no value for " + query));
        }
        List<SeriesValue> read = List.copyOf(values.values());
        Optional<ClaimError> notAggregable = notAggregable(typed, values);
        if (notAggregable.isPresent()) {
            return invalid(claim, notAggregable.get(), read, "a series that cannot be aggregated makes the claim invalid");
        }
        Optional<ClaimError> mixedMoney = membersInDifferentCurrencies(typed, values);
        if (mixedMoney.isPresent()) {
            return invalid(claim, mixedMoney.get(), read, "amounts in different currencies make the claim invalid");
        }
        Optional<ClaimError> noPosts = PostCoverage.emptyWhereComplete(typed, values);
        if (noPosts.isPresent()) {
            return invalid(claim, noPosts.get(), read, "the highest, lowest, mean or median of no posts at all has no value");
        }
        UnitChecker units = new UnitChecker(ref -> unitWithCurrency(typed, values, ref));
        try {
            for (ComparisonCheck comparison : check.comparisons()) {
                units.checkComparison(comparison);
            }
        } catch (CheckTypeException e) {
            return invalid(claim, e.error(), read, "amounts in different currencies make the claim invalid");
        }
        Evaluation evaluation = new Evaluator(typed, values).evaluate();
        boolean anyMissing = read.stream().anyMatch(v -> v.status() == SeriesStatus.MISSING
                && !PostCoverage.postsSeenWithout(v.query(), typed));
        Verdict verdict = evaluation.truth() == Truth.UNDECIDED && anyMissing ? Verdict.NO_DATA : evaluation.truth().verdict();
        String sentence = new PlainSentence(context, typed, values, evaluation, units).text(verdict);
        String rule = new RuleText(typed, evaluation, typed.missingIn(values)).text();
        Optional<Sides> sides = evaluation.outcomes().size() == 1
                ? Optional.of(evaluation.outcomes().get(0).sides()) : Optional.empty();
        return new ClaimResult(claim, verdict, sentence, rule, read, sides, Optional.empty(),
                NamedPosts.of(typed, values, evaluation));
    }

    private static Optional<ClaimError> notAggregable(TypedCheck typed, Map<SeriesQuery, SeriesValue> values) {
        for (Map.Entry<SeriesRef, SeriesQuery> entry : typed.queries().entrySet()) {
            SeriesValue value = values.get(entry.getValue());
            if (value.status() == SeriesStatus.NOT_AGGREGABLE) {
                return Optional.of(ClaimError.at(entry.getKey().position(),
                        entry.getValue().ref() + " cannot be aggregated: " + value.rule()));
            }
        }
        for (SetMembers set : typed.sets().values()) {
            for (SetMembers.Member member : set.members()) {
                if (!(member instanceof SetMembers.SeriesMember series)) {
                    continue;
                }
                SeriesValue value = values.get(series.query());
                if (value.status() == SeriesStatus.NOT_AGGREGABLE) {
                    return Optional.of(ClaimError.at(set.call().position(), "the " + set.grouping().singular() + " "
                            + member.label() + " (" + series.query().ref() + ") cannot be aggregated: " + value.rule()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A set whose members hold money in different currencies (one subject's GBP, another's USD) has
     * no highest, lowest, sum or mean: comparing the amounts would rank pounds against dollars.
     */
    private static Optional<ClaimError> membersInDifferentCurrencies(TypedCheck typed, Map<SeriesQuery, SeriesValue> values) {
        for (SetMembers set : typed.sets().values()) {
            Map<String, List<String>> labelsByCurrency = new TreeMap<>();
            for (SetMembers.Member member : set.members()) {
                if (member instanceof SetMembers.SeriesMember series) {
                    values.get(series.query()).currency().ifPresent(currency -> labelsByCurrency
                            .computeIfAbsent(currency.getCurrencyCode(), code -> new ArrayList<>()).add(member.label()));
                }
            }
            if (labelsByCurrency.size() > 1) {
                String which = labelsByCurrency.entrySet().stream()
                        .map(e -> e.getKey() + " for " + String.join(", ", e.getValue()))
                        .collect(Collectors.joining("; "));
                return Optional.of(ClaimError.at(set.call().position(), "the " + set.grouping().plural()
                        + " of this set hold amounts in different currencies (" + which
                        + "): amounts in different currencies cannot be combined or compared"));
            }
        }
        return Optional.empty();
    }

    private static ValueUnit unitWithCurrency(TypedCheck typed, Map<SeriesQuery, SeriesValue> values, SeriesRef ref) {
        Metric metric = typed.metrics().get(ref);
        if (metric.unit() == MetricUnit.MONEY) {
            return ValueUnit.money(values.get(typed.queries().get(ref)).currency());
        }
        return TypeChecker.unitOf(metric);
    }

    private static ClaimResult invalid(Claim claim, ClaimError error, List<SeriesValue> read, String rule) {
        String where = error.position().map(p -> " (line " + p.line() + ", column " + p.column() + ")").orElse("");
        String message = error.message().endsWith(".") ? error.message().substring(0, error.message().length() - 1)
                : error.message();
        String explanation = "The check cannot be evaluated" + where + ": " + message + ": invalid.";
        return new ClaimResult(claim, Verdict.INVALID, explanation, rule, read, Optional.empty(), Optional.of(error));
    }
}
