package dev.reckon.domain.claim;

import dev.reckon.domain.claim.ComparisonOutcome.Reading;
import dev.reckon.domain.claim.ComparisonOutcome.Tolerance;
import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a typed check over intervals (semantics.md §6). A missing series is the whole line,
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
    private final Set<Expression> zeroDivisors = new LinkedHashSet<>();

    Evaluator(TypedCheck typed, Map<SeriesQuery, SeriesValue> values) {
        this.typed = typed;
        this.values = values;
    }

    /** The truth of the whole check and the outcome of each comparison, in the order written. */
    record Evaluation(Truth truth, List<ComparisonOutcome> outcomes, Set<Expression> zeroDivisors) {
        Evaluation {
            outcomes = List.copyOf(outcomes);
            zeroDivisors = Set.copyOf(zeroDivisors);
        }
    }

    Evaluation evaluate() {
        List<ComparisonOutcome> outcomes = new ArrayList<>();
        Truth truth = evaluate(typed.check(), outcomes);
        return new Evaluation(truth, outcomes, zeroDivisors);
    }

    private Truth evaluate(Check check, List<ComparisonOutcome> outcomes) {
        if (check instanceof ComparisonCheck comparison) {
            ComparisonOutcome outcome = compare(comparison);
            outcomes.add(outcome);
            return outcome.truth();
        }
        if (check instanceof Check.And and) {
            Truth result = Truth.TRUE;
            for (Check part : and.parts()) {
                result = result.and(evaluate(part, outcomes));
            }
            return result;
        }
        Truth result = Truth.FALSE;
        for (Check part : ((Check.Or) check).parts()) {
            result = result.or(evaluate(part, outcomes));
        }
        return result;
    }

    ComparisonOutcome compare(ComparisonCheck comparison) {
        boolean leftQualified = TypeChecker.qualified(comparison.left()).isPresent();
        boolean rightQualified = TypeChecker.qualified(comparison.right()).isPresent();
        if (leftQualified || rightQualified) {
            // "x = more than 1.5m" is "x > 1.5m": the qualifier replaces '=' and the figure is taken at face value.
            boolean swapped = leftQualified;
            Expression subject = swapped ? comparison.right() : comparison.left();
            Figure figure = ((FigureTerm) (swapped ? comparison.left() : comparison.right())).figure();
            ComparisonOperator operator = ComparisonOperator.ofSymbol(figure.qualifier().orElseThrow().operator()).orElseThrow();
            return decide(comparison, operator, subject, swapped ? comparison.left() : comparison.right(),
                    value(subject), figure.faceValue(), swapped);
        }
        if (comparison.operator() == ComparisonOperator.EQUAL) {
            if (comparison.right() instanceof FigureTerm figure) {
                return roundsTo(comparison, comparison.left(), figure, false);
            }
            if (comparison.left() instanceof FigureTerm figure) {
                return roundsTo(comparison, comparison.right(), figure, true);
            }
        }
        return decide(comparison, comparison.operator(), comparison.left(), comparison.right(),
                sideValue(comparison.left()), sideValue(comparison.right()), false);
    }

    /** A bare figure as a side of anything but '=' is taken at face value ("< 2%" means below 0.02). */
    private Interval sideValue(Expression side) {
        return side instanceof FigureTerm term ? term.figure().faceValue() : value(side);
    }

    private ComparisonOutcome roundsTo(ComparisonCheck comparison, Expression subject, FigureTerm figure, boolean swapped) {
        Interval value = value(subject);
        Interval claimed = figure.figure().interval();
        Truth truth = Truth.of(claimed.contains(value), !claimed.overlaps(value));
        return new ComparisonOutcome(comparison, Reading.ROUNDS_TO, ComparisonOperator.EQUAL, subject, figure, value,
                claimed, Optional.empty(), Optional.empty(), truth, swapped);
    }

    private ComparisonOutcome decide(ComparisonCheck comparison, ComparisonOperator operator, Expression subject,
                                     Expression claimed, Interval a, Interval b, boolean swapped) {
        return switch (operator) {
            case LESS -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(a, b, true), below(b, a, false)), swapped);
            case LESS_OR_EQUAL -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(a, b, false), below(b, a, true)), swapped);
            case GREATER -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(b, a, true), below(a, b, false)), swapped);
            case GREATER_OR_EQUAL -> order(comparison, operator, subject, claimed, a, b, Truth.of(below(b, a, false), below(a, b, true)), swapped);
            case EQUAL -> new ComparisonOutcome(comparison, Reading.SAME_VALUE, operator, subject, claimed, a, b,
                    Optional.empty(), Optional.empty(),
                    Truth.of(a.isExact() && a.equals(b), !a.overlaps(b)), swapped);
            case ABOUT -> about(comparison, subject, claimed, a, b, swapped);
        };
    }

    private static ComparisonOutcome order(ComparisonCheck comparison, ComparisonOperator operator, Expression subject,
                                           Expression claimed, Interval a, Interval b, Truth truth, boolean swapped) {
        return new ComparisonOutcome(comparison, Reading.ORDER, operator, subject, claimed, a, b, Optional.empty(),
                Optional.empty(), truth, swapped);
    }

    /**
     * {@code a ~ b within t}: {@code |a - b| <= t * |b|} (relative) or {@code |a - b| <= t} (absolute),
     * true when it holds for every pair of values and false when for none. Interval arithmetic
     * over-approximates both sides, so a borderline case may stay undecided but never flips.
     */
    private static ComparisonOutcome about(ComparisonCheck comparison, Expression subject, Expression claimed,
                                           Interval a, Interval b, boolean swapped) {
        Figure figure = comparison.tolerance().orElse(DEFAULT_TOLERANCE);
        Tolerance tolerance = new Tolerance(figure, figure.percent(), comparison.tolerance().isEmpty());
        Interval allowed = allowedDistance(tolerance, b);
        Interval distance = a.minus(b).abs();
        Truth truth = Truth.of(below(distance, allowed, false), below(allowed, distance, true));
        Optional<Interval> band = b.isExact() && allowed.isExact()
                ? Optional.of(b.minus(allowed).hull(b.plus(allowed))) : Optional.empty();
        return new ComparisonOutcome(comparison, Reading.ABOUT, ComparisonOperator.ABOUT, subject, claimed, a, b,
                Optional.of(tolerance), band, truth, swapped);
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

    /** The interval of an expression; a figure inside arithmetic is always its interval. */
    Interval value(Expression expression) {
        if (expression instanceof FigureTerm term) {
            return term.figure().interval();
        }
        if (expression instanceof SeriesRef ref) {
            SeriesValue value = values.get(typed.queries().get(ref));
            return value.status() == SeriesStatus.VALUE ? value.value() : Interval.ALL;
        }
        if (expression instanceof Negated negated) {
            return value(negated.operand()).negate();
        }
        if (expression instanceof Call call) {
            return call(call);
        }
        Arithmetic arithmetic = (Arithmetic) expression;
        Interval left = value(arithmetic.left());
        Interval right = value(arithmetic.right());
        return switch (arithmetic.operator()) {
            case PLUS -> left.plus(right);
            case MINUS -> left.minus(right);
            case TIMES -> left.times(right);
            case DIVIDED_BY -> {
                if (right.contains(BigDecimal.ZERO)) {
                    zeroDivisors.add(arithmetic.right());
                }
                yield left.dividedBy(right);
            }
        };
    }

    private Interval call(Call call) {
        List<Interval> arguments = call.arguments().stream().map(this::value).toList();
        Interval result = arguments.get(0);
        for (Interval argument : arguments.subList(1, arguments.size())) {
            result = switch (call.function()) {
                case MAX -> result.max(argument);
                case MIN -> result.min(argument);
                case SUM -> result.plus(argument);
                case ABS -> throw new IllegalStateException("abs takes one argument");
            };
        }
        return call.function() == CheckFunction.ABS ? result.abs() : result;
    }
}
