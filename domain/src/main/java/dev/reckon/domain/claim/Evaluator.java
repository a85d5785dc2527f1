package dev.reckon.domain.claim;

import dev.reckon.domain.claim.ComparisonOutcome.Reading;
import dev.reckon.domain.claim.ComparisonOutcome.Tolerance;
import dev.reckon.domain.claim.ComparisonOutcome.ZeroDivisor;
import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.claim.SetMembers.Member;
import dev.reckon.domain.claim.SetMembers.PostMember;
import dev.reckon.domain.claim.SetMembers.SeriesMember;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates a typed check over intervals (docs/semantics.md#operators). A missing series is the whole line,
 * so whatever it touches is undecided unless the rest of the check settles the verdict.
 */
final class Evaluator {

    /**
     * The tolerance of '~' without 'within': 5%, relative. "About" in campaign prose means the
     * writer rounded or approximated; 5% accepts the spread of a figure rounded to two significant
     * digits (about 1.5m for 1.45m to 1.55m is within 3.4%) while refusing a tenth off, which a
     * careful reader would no longer call "about" the same.
     */
    static final Figure DEFAULT_TOLERANCE = Figure.parse("5%");

    private final TypedCheck typed;
    private final Map<SeriesQuery, SeriesValue> values;
    private final Set<SetCall> open;

    Evaluator(TypedCheck typed, Map<SeriesQuery, SeriesValue> values) {
        this.typed = typed;
        this.values = values;
        this.open = typed.sets().entrySet().stream().filter(e -> !PostCoverage.complete(e.getValue(), values))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The truth of the whole check and the outcome of each comparison, in the order written.
     *
     * @param open the sets by post over a period the exports do not wholly cover, which may miss posts
     */
    record Evaluation(Truth truth, List<ComparisonOutcome> outcomes, Set<SetCall> open) {
        Evaluation {
            outcomes = List.copyOf(outcomes);
            open = Set.copyOf(open);
        }
    }

    Evaluation evaluate() {
        List<ComparisonOutcome> outcomes = new ArrayList<>();
        Truth truth = typed.check().accept(new Check.Visitor<Truth>() {
            @Override
            public Truth comparison(ComparisonCheck comparison) {
                ComparisonOutcome outcome = compare(comparison);
                outcomes.add(outcome);
                return outcome.truth();
            }

            @Override
            public Truth and(Check.And and) {
                Truth result = Truth.TRUE;
                for (Check part : and.parts()) {
                    result = result.and(part.accept(this));
                }
                return result;
            }

            @Override
            public Truth or(Check.Or or) {
                Truth result = Truth.FALSE;
                for (Check part : or.parts()) {
                    result = result.or(part.accept(this));
                }
                return result;
            }
        });
        return new Evaluation(truth, outcomes, open);
    }

    private ComparisonOutcome compare(ComparisonCheck comparison) {
        Valuation sides = new Valuation();
        return compare(comparison, sides).dividingBy(sides.zeroDivisors);
    }

    private ComparisonOutcome compare(ComparisonCheck comparison, Valuation sides) {
        if (comparison.right() instanceof Label label && comparison.left() instanceof SetCall set) {
            return new LabelRanking(typed.sets().get(set), typed.labelled().get(label), sides::member, !open.contains(set))
                    .outcome(comparison, set, label);
        }
        boolean leftQualified = TypeChecker.qualified(comparison.left()).isPresent();
        boolean rightQualified = TypeChecker.qualified(comparison.right()).isPresent();
        if (leftQualified || rightQualified) {
            // "x = more than 1.5m" is "x > 1.5m": the qualifier replaces '=' and the figure is taken at face value.
            boolean swapped = leftQualified;
            Expression subject = swapped ? comparison.right() : comparison.left();
            Figure figure = TypeChecker.qualified(swapped ? comparison.left() : comparison.right()).orElseThrow();
            ComparisonOperator operator = ComparisonOperator.ofSymbol(figure.qualifier().orElseThrow().operator()).orElseThrow();
            return decide(comparison, operator, subject, swapped ? comparison.left() : comparison.right(),
                    sides.of(subject), figure.faceValue(), swapped);
        }
        if (comparison.operator() == ComparisonOperator.EQUAL) {
            if (comparison.right() instanceof FigureTerm figure) {
                return roundsTo(comparison, comparison.left(), figure, false, sides);
            }
            if (comparison.left() instanceof FigureTerm figure) {
                return roundsTo(comparison, comparison.right(), figure, true, sides);
            }
        }
        return decide(comparison, comparison.operator(), comparison.left(), comparison.right(),
                sideValue(comparison.left(), sides), sideValue(comparison.right(), sides), false);
    }

    /** A bare figure as a side of anything but '=' is taken at face value ("< 2%" means below 0.02). */
    private static Interval sideValue(Expression side, Valuation sides) {
        return side instanceof FigureTerm term ? term.figure().faceValue() : sides.of(side);
    }

    private static ComparisonOutcome roundsTo(ComparisonCheck comparison, Expression subject, FigureTerm figure,
                                              boolean swapped, Valuation sides) {
        Interval value = sides.of(subject);
        Interval claimed = figure.figure().interval();
        Truth truth = Truth.of(claimed.contains(value), !claimed.overlaps(value));
        return new ComparisonOutcome(comparison, Reading.ROUNDS_TO, ComparisonOperator.EQUAL, subject, figure, value,
                claimed, Optional.empty(), Optional.empty(), truth, swapped, List.of());
    }

    private static ComparisonOutcome decide(ComparisonCheck comparison, ComparisonOperator operator, Expression subject,
                                            Expression claimed, Interval a, Interval b, boolean swapped) {
        return switch (operator) {
            case LESS -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(a, b, true), below(b, a, false)), swapped);
            case LESS_OR_EQUAL -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(a, b, false), below(b, a, true)), swapped);
            case GREATER -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(b, a, true), below(a, b, false)), swapped);
            case GREATER_OR_EQUAL -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(b, a, false), below(a, b, true)), swapped);
            case EQUAL -> new ComparisonOutcome(comparison, Reading.SAME_VALUE, operator, subject, claimed, a, b,
                    Optional.empty(), Optional.empty(),
                    Truth.of(a.isExact() && a.equals(b), !a.overlaps(b)), swapped, List.of());
            case ABOUT -> about(comparison, subject, claimed, a, b, swapped);
        };
    }

    private static ComparisonOutcome order(ComparisonCheck comparison, ComparisonOperator operator, Expression subject,
                                           Expression claimed, Interval a, Interval b, Truth truth, boolean swapped) {
        return new ComparisonOutcome(comparison, Reading.ORDER, operator, subject, claimed, a, b, Optional.empty(),
                Optional.empty(), truth, swapped, List.of());
    }

    /**
     * {@code a ~ b within t}: {@code |a - b| <= t * |b|} (relative) or {@code |a - b| <= t} (absolute),
     * true when it holds for every pair of values and false when for none. The relative case is
     * decided pair by pair ({@link RelativeNearness}); only over an unbounded {@code b} does it fall back to
     * interval arithmetic, which may leave a borderline case undecided but never flips it.
     */
    private static ComparisonOutcome about(ComparisonCheck comparison, Expression subject, Expression claimed,
                                           Interval a, Interval b, boolean swapped) {
        Figure figure = comparison.tolerance().orElse(DEFAULT_TOLERANCE);
        Tolerance tolerance = new Tolerance(figure, figure.percent(), comparison.tolerance().isEmpty());
        Interval allowed = allowedDistance(tolerance, b);
        Interval distance = a.minus(b).abs();
        Truth truth = tolerance.relative()
                ? RelativeNearness.of(a, b, figure.faceValue().lo().orElseThrow())
                        .orElseGet(() -> Truth.of(below(distance, allowed, false), below(allowed, distance, true)))
                : Truth.of(below(distance, allowed, false), below(allowed, distance, true));
        Optional<Interval> band = b.isExact() && allowed.isExact()
                ? Optional.of(b.minus(allowed).hull(b.plus(allowed))) : Optional.empty();
        return new ComparisonOutcome(comparison, Reading.ABOUT, ComparisonOperator.ABOUT, subject, claimed, a, b,
                Optional.of(tolerance), band, truth, swapped, List.of());
    }

    /**
     * What a series without any data is known to be: at least zero for a count or an additive
     * metric, which are never negative (the same rule that makes a partly covered sum
     * {@code [known, +inf]}), and anything at all otherwise.
     */
    static Interval whenMissing(Metric metric) {
        return metric.unit().isCount() || metric.kind() == AggregationKind.ADDITIVE ? Interval.NON_NEGATIVE : Interval.ALL;
    }

    /** A member's value: a post's own, else its series', else what a series without data is known to be. */
    static Interval memberValue(Member member, TypedCheck typed, Map<SeriesQuery, SeriesValue> values) {
        if (member instanceof PostMember post) {
            return post.value();
        }
        SeriesQuery query = ((SeriesMember) member).query();
        SeriesValue value = values.get(query);
        return value.status() == SeriesStatus.VALUE ? value.value() : whenMissing(typed.metricOf(query));
    }

    /** How far from {@code b} a value may be and still be "about" it. */
    static Interval allowedDistance(Tolerance tolerance, Interval b) {
        Interval t = tolerance.figure().faceValue();
        return tolerance.relative() ? b.abs().times(t) : t;
    }

    /** Every value of {@code a} is below (or, when not strict, at most) every value of {@code b}. */
    static boolean below(Interval a, Interval b, boolean strict) {
        if (a.hi().isEmpty() || b.lo().isEmpty()) {
            return false;
        }
        int order = a.hi().get().compareTo(b.lo().get());
        return strict ? order < 0 : order <= 0;
    }

    /**
     * The interval of each expression of one comparison, noting every divisor that may be zero on
     * the way; a figure inside arithmetic is always its interval.
     */
    private final class Valuation implements Expression.Visitor<Interval, RuntimeException> {

        private final List<ZeroDivisor> zeroDivisors = new ArrayList<>();

        Interval of(Expression expression) {
            return expression.accept(this);
        }

        @Override
        public Interval figure(FigureTerm figure) {
            return figure.figure().interval();
        }

        @Override
        public Interval series(SeriesRef series) {
            SeriesValue value = values.get(typed.queries().get(series));
            return value.status() == SeriesStatus.VALUE ? value.value() : whenMissing(typed.metrics().get(series));
        }

        @Override
        public Interval negated(Negated negated) {
            return of(negated.operand()).negate();
        }

        @Override
        public Interval arithmetic(Arithmetic arithmetic) {
            Interval result = of(arithmetic.first());
            for (Arithmetic.Step step : arithmetic.steps()) {
                Interval operand = of(step.operand());
                result = switch (step.operator()) {
                    case PLUS -> result.plus(operand);
                    case MINUS -> result.minus(operand);
                    case TIMES -> result.times(operand);
                    case DIVIDED_BY -> {
                        if (operand.contains(BigDecimal.ZERO)) {
                            zeroDivisors.add(new ZeroDivisor(step.operand(), operand));
                        }
                        yield result.dividedBy(operand);
                    }
                };
            }
            return result;
        }

        /** The member's value: a post's own, else its series', else what a series without data is known to be. */
        Interval member(Member member) {
            return memberValue(member, typed, values);
        }

        @Override
        public Interval setCall(SetCall set) {
            SetMembers resolved = typed.sets().get(set);
            List<Interval> members = resolved.members().stream().map(this::member).toList();
            return open.contains(set) ? SetReduction.reduceWithUnseen(set.function(), members, whenMissing(resolved.metric()))
                    : members.isEmpty() ? Interval.ZERO : SetReduction.reduce(set.function(), members);
        }

        @Override
        public Interval label(Label label) {
            throw new IllegalStateException("a label has no value: " + label);
        }

        @Override
        public Interval call(Call call) {
            if (call.function() == CheckFunction.CHANGE) {
                return change(call);
            }
            Interval result = of(call.arguments().get(0));
            for (Expression argument : call.arguments().subList(1, call.arguments().size())) {
                Interval value = of(argument);
                result = switch (call.function()) {
                    case MAX -> result.max(value);
                    case MIN -> result.min(value);
                    case SUM -> result.plus(value);
                    case ABS, CHANGE -> throw new IllegalStateException(call.function().id() + " is not folded over its arguments");
                    case MEAN, MEDIAN, COUNT, ARGMAX, ARGMIN -> throw new IllegalStateException(call.function().id() + " takes a set");
                };
            }
            return call.function() == CheckFunction.ABS ? result.abs() : result;
        }

        /** {@code change(a, b)} is {@code (a - b) / b}; a {@code b} that may be zero leaves it undefined, as any divisor does. */
        private Interval change(Call call) {
            Interval now = of(call.arguments().get(0));
            Interval before = of(call.arguments().get(1));
            if (before.contains(BigDecimal.ZERO)) {
                zeroDivisors.add(new ZeroDivisor(call.arguments().get(1), before));
            }
            return now.changeFrom(before);
        }
    }
}
