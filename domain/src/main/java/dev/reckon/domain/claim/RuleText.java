package dev.reckon.domain.claim;

import dev.reckon.domain.claim.Evaluator.Evaluation;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule that decided an evaluated check, for a reader who wants the mechanics: each
 * comparison's reading with its intervals, how the parts combine, and the notes.
 */
final class RuleText {

    private final TypedCheck typed;
    private final Evaluation evaluation;
    private final List<SeriesValue> missing;

    RuleText(TypedCheck typed, Evaluation evaluation, List<SeriesValue> missing) {
        this.typed = typed;
        this.evaluation = evaluation;
        this.missing = List.copyOf(missing);
    }

    /** The rule that decided each comparison, with its intervals, then the notes. */
    String text() {
        List<String> parts = new ArrayList<>();
        for (ComparisonOutcome outcome : evaluation.outcomes()) {
            parts.add(rule(outcome));
        }
        StringBuilder rule = new StringBuilder(String.join("; ", parts));
        if (evaluation.outcomes().size() > 1) {
            rule.append("; combined by Kleene logic (").append(connectives()).append("): ").append(evaluation.truth().word());
        }
        for (SeriesValue series : missing) {
            Interval reading = Evaluator.whenMissing(typed.metricOf(series.query()));
            rule.append(". No data for ").append(series.query().ref()).append(reading.hasLowerBound()
                    ? ", read as unknown but at least 0 (it is never negative)" : ", read as unknown (-inf to +inf)");
        }
        for (SetCall open : typed.sets().keySet()) {
            if (evaluation.open().contains(open)) {
                rule.append(". ").append(ExpressionWording.capitalised(mayMissPosts(typed.sets().get(open))));
            }
        }
        for (String note : typed.notes()) {
            rule.append(". Note: ").append(note);
        }
        return rule.toString();
    }

    /**
     * "the set post_impressions{ro, twitter, 2017} by post may miss posts: no export covers all of 2017, so
     * posts nobody has seen, each read as [0, +inf], may be in it".
     */
    private static String mayMissPosts(SetMembers set) {
        return "the set " + set.call().grouped() + " by post may miss posts: the exports do not cover all of "
                + set.period().name() + ", so it holds the " + set.members().size() + " seen and any number of others, each read as "
                + NumberStyle.technical(Evaluator.whenMissing(set.metric()));
    }

    private String connectives() {
        Set<String> used = typed.check().accept(CONNECTIVES);
        boolean and = used.contains("and");
        boolean or = used.contains("or");
        return and && or ? "'and' is false if any part is, 'or' true if any part is"
                : and ? "'and' is false if any part is false, true if all are true"
                : "'or' is true if any part is true, false if all are false";
    }

    /** The connectives a check uses anywhere inside it. */
    private static final Check.Visitor<Set<String>> CONNECTIVES = new Check.Visitor<>() {
        @Override
        public Set<String> comparison(ComparisonCheck comparison) {
            return Set.of();
        }

        @Override
        public Set<String> and(Check.And and) {
            return joined("and", and.parts());
        }

        @Override
        public Set<String> or(Check.Or or) {
            return joined("or", or.parts());
        }

        private Set<String> joined(String connective, List<Check> parts) {
            Set<String> used = new LinkedHashSet<>(Set.of(connective));
            parts.forEach(p -> used.addAll(p.accept(this)));
            return used;
        }
    };

    private String rule(ComparisonOutcome o) {
        String left = o.swapped() ? "right" : "left";
        String right = o.swapped() ? "left" : "right";
        String subject = "the " + left + " side " + NumberStyle.technical(o.subjectValue());
        String qualifier = TypeChecker.qualified(o.claimed())
                .map(f -> "'" + f.text() + "' turns '=' into '" + o.operator().symbol() + "' at face value; ").orElse("");
        if (!o.zeroDivisors().isEmpty()) {
            return qualifier + zeroDivisorRule(o);
        }
        return qualifier + switch (o.rule()) {
            case ROUNDS_TO -> "'=' with a bare figure: " + subject + " lies "
                    + (o.truth() == Truth.TRUE ? "inside" : o.truth() == Truth.FALSE ? "wholly outside" : "partly inside")
                    + " " + ((FigureTerm) o.claimed()).figure().text() + " = " + NumberStyle.technical(o.claimedValue());
            case SAME_VALUE -> "'=' between two expressions: " + subject + " and the " + right + " side "
                    + NumberStyle.technical(o.claimedValue()) + (o.truth() == Truth.TRUE ? " are the same exact value"
                    : o.truth() == Truth.FALSE ? " are disjoint" : " overlap but are not one exact value");
            case ORDER -> "'" + o.operator().symbol() + "' over intervals: " + subject + ", the " + right + " side "
                    + NumberStyle.technical(o.claimedValue())
                    + (o.claimed() instanceof FigureTerm ? " (the figure at face value)" : "") + ": it holds "
                    + holds(o.truth());
            case ABOUT -> aboutRule(o, subject, right);
            case LABEL -> labelRule(o, evaluation.open().contains((SetCall) o.subject()));
        };
    }

    /** "... a divisor that may be zero: '1.5k - 1,450' is [0, 100]; the quotient is undefined ...: undecided". */
    private static String zeroDivisorRule(ComparisonOutcome o) {
        String divisors = o.zeroDivisors().stream()
                .map(d -> "'" + d.divisor() + "' is " + NumberStyle.technical(d.value()))
                .collect(Collectors.joining(", "));
        String plural = o.zeroDivisors().size() == 1 ? "a divisor that may be zero: " : "divisors that may be zero: ";
        return "'" + o.operator().symbol() + "' over a quotient with " + plural + divisors
                + "; the quotient is undefined for some of its values, so the comparison is undecided";
    }

    /**
     * "'argmax = 2024-02' over intervals: 2024-02 is [51880, 51880]; the runner-up 2024-01 is [40000, 40000]:
     * 2024-02 is above every other member".
     */
    private static String labelRule(ComparisonOutcome o, boolean open) {
        SetCall set = (SetCall) o.subject();
        boolean highest = set.function() == CheckFunction.ARGMAX;
        String label = ((Label) o.claimed()).text();
        String above = highest ? "above" : "below";
        String start = "'" + set.function().id() + " = " + label + "' over intervals: " + label + " is "
                + NumberStyle.technical(o.subjectValue());
        if (o.rival().isEmpty()) {
            return start + (open ? ", the only member seen, but the set may miss posts" : ", the only member: it holds for every value");
        }
        ComparisonOutcome.Rival rival = o.rival().get();
        String rivalText = (o.truth() == Truth.FALSE ? "; " + rival.label() + " is " : "; the closest other, " + rival.label()
                + ", is ") + NumberStyle.technical(rival.value());
        String verdict = switch (o.truth()) {
            case TRUE -> label + " is wholly " + above + " every other member";
            case FALSE -> rival.label() + " is wholly " + above + " " + label;
            case UNDECIDED -> open && !rival.value().overlaps(o.subjectValue())
                    ? label + " is wholly " + above + " every other member seen, but the set may miss posts"
                    : "the ranges overlap, so either may be " + (highest ? "the highest" : "the lowest");
        };
        return start + rivalText + ": " + verdict;
    }

    private static String aboutRule(ComparisonOutcome o, String subject, String right) {
        ComparisonOutcome.Tolerance tolerance = o.tolerance().orElseThrow();
        Interval distance = o.subjectValue().minus(o.claimedValue()).abs();
        Interval allowed = Evaluator.allowedDistance(tolerance, o.claimedValue());
        return "'~' within " + tolerance.figure().text() + (tolerance.relative() ? " of the " + right + " side" : "")
                + (tolerance.byDefault() ? " (the default tolerance)" : "") + ": " + subject + ", the " + right + " side "
                + NumberStyle.technical(o.claimedValue()) + ", the gap " + NumberStyle.technical(distance)
                + " against at most " + NumberStyle.technical(allowed) + ": it holds " + holds(o.truth());
    }

    private static String holds(Truth truth) {
        return truth == Truth.TRUE ? "for every value" : truth == Truth.FALSE ? "for no value" : "for some values only";
    }
}
