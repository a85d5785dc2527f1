package dev.reckon.domain.claim;

import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.number.Figure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The unit rules (docs/semantics.md#evaluation): money is never added to or compared with counts or plain
 * numbers, currencies must agree, a percentage is not a count. Counts of events and of people
 * may be combined, with a note that their definitions differ.
 */
final class UnitChecker {

    private final Function<SeriesRef, ValueUnit> seriesUnit;
    private final Set<String> notes = new LinkedHashSet<>();

    /** @param seriesUnit the unit of each series; a money series' currency may be unknown until its value is read */
    UnitChecker(Function<SeriesRef, ValueUnit> seriesUnit) {
        this.seriesUnit = seriesUnit;
    }

    List<String> notes() {
        return new ArrayList<>(notes);
    }

    void checkComparison(ComparisonCheck comparison) throws CheckTypeException {
        if (comparison.right() instanceof Label) {
            // argmax(...) = label compares names, not amounts; the type checker has matched the label to a member.
            return;
        }
        ValueUnit left = unitOf(comparison.left());
        ValueUnit right = unitOf(comparison.right());
        comparable(left, right, comparison.position(), "compares");
        if (comparison.tolerance().isPresent()) {
            Figure tolerance = comparison.tolerance().get();
            if (!tolerance.percent()) {
                comparable(right, figureUnit(tolerance), comparison.position(), "allows a tolerance of");
            }
        }
    }

    ValueUnit unitOf(Expression expression) throws CheckTypeException {
        return expression.accept(units);
    }

    /** The unit of each kind of expression; arithmetic and functions combine their operands' units. */
    private final Expression.Visitor<ValueUnit, CheckTypeException> units = new Expression.Visitor<>() {
        @Override
        public ValueUnit figure(FigureTerm figure) {
            return figureUnit(figure.figure());
        }

        @Override
        public ValueUnit series(SeriesRef series) {
            return seriesUnit.apply(series);
        }

        @Override
        public ValueUnit negated(Negated negated) throws CheckTypeException {
            return unitOf(negated.operand());
        }

        /** A set's maximum, mean or median is in the unit of its members; how many members there are is a plain number. */
        @Override
        public ValueUnit setCall(SetCall set) throws CheckTypeException {
            if (set.function().givesLabel()) {
                throw new CheckTypeException(set.position(), set.function().id() + " gives a label, not a number");
            }
            return set.function() == CheckFunction.COUNT ? ValueUnit.number(false) : seriesUnit.apply(set.grouped());
        }

        @Override
        public ValueUnit label(Label label) throws CheckTypeException {
            throw new CheckTypeException(label.position(), "'" + label.text() + "' is a label, not a number");
        }

        @Override
        public ValueUnit call(Call call) throws CheckTypeException {
            if (call.function() == CheckFunction.CHANGE) {
                // (a - b) / b: a and b must be comparable, and their ratio is a plain number whatever they count.
                added(unitOf(call.arguments().get(0)), unitOf(call.arguments().get(1)), call.arguments().get(1).position(),
                        "change compares");
                return ValueUnit.number(false);
            }
            ValueUnit result = unitOf(call.arguments().get(0));
            for (Expression argument : call.arguments().subList(1, call.arguments().size())) {
                result = added(result, unitOf(argument), argument.position(), call.function().id() + " combines");
            }
            return result;
        }

        @Override
        public ValueUnit arithmetic(Arithmetic arithmetic) throws CheckTypeException {
            ValueUnit result = unitOf(arithmetic.first());
            for (Arithmetic.Step step : arithmetic.steps()) {
                ValueUnit operand = unitOf(step.operand());
                Position at = step.operand().position();
                result = switch (step.operator()) {
                    case PLUS -> added(result, operand, at, "adds");
                    case MINUS -> added(result, operand, at, "subtracts");
                    case TIMES -> multiplied(result, operand, at);
                    case DIVIDED_BY -> divided(result, operand, at);
                };
            }
            return result;
        }
    };

    static ValueUnit figureUnit(Figure figure) {
        return figure.currency().map(c -> ValueUnit.money(figure.currency()))
                .orElseGet(() -> ValueUnit.number(figure.percent()));
    }

    private ValueUnit added(ValueUnit a, ValueUnit b, Position at, String verb) throws CheckTypeException {
        comparable(a, b, at, verb);
        if (a.isCount() && b.isCount()) {
            noteMixedCounts(a, b);
        }
        if (a.isCount() || b.isCount()) {
            return (a.isCount() ? a : b).withCountsOf(a.isCount() ? b : a);
        }
        return a.withCountsOf(b);
    }

    private ValueUnit multiplied(ValueUnit a, ValueUnit b, Position at) throws CheckTypeException {
        if (a.isMoney() && b.isMoney()) {
            throw new CheckTypeException(at, "this multiplies money by money, which gives no meaningful amount");
        }
        if (a.isMoney() || b.isMoney()) {
            return a.isMoney() ? a : b;
        }
        if (a.isCount() || b.isCount()) {
            return (a.isCount() ? a : b).withCountsOf(a.isCount() ? b : a);
        }
        return ValueUnit.number(false);
    }

    private ValueUnit divided(ValueUnit a, ValueUnit b, Position at) throws CheckTypeException {
        if (b.isMoney()) {
            if (!a.isMoney()) {
                throw new CheckTypeException(at, "this divides " + a.describe() + " by money, which gives no meaningful amount");
            }
            sameCurrency(a, b, at, "divides");
            return ValueUnit.number(false);
        }
        if (a.isMoney()) {
            return a;
        }
        if (a.isCount() && b.isCount()) {
            return ValueUnit.number(false);
        }
        return a.isCount() ? a : ValueUnit.number(false);
    }

    /** Whether two values may be added, subtracted or compared. */
    private void comparable(ValueUnit a, ValueUnit b, Position at, String verb) throws CheckTypeException {
        if (a.isMoney() || b.isMoney()) {
            if (!(a.isMoney() && b.isMoney())) {
                ValueUnit other = a.isMoney() ? b : a;
                throw new CheckTypeException(at, "this " + verb + " " + (a.isMoney() ? a : b).describe() + " and "
                        + other.describe() + ": write the figure with its currency, as in £5,000, or compare money with money");
            }
            sameCurrency(a, b, at, verb);
            return;
        }
        if ((a.isCount() && b.isPercent()) || (b.isCount() && a.isPercent())) {
            throw new CheckTypeException(at, "this " + verb + " a count and a percentage: a count is compared with a number "
                    + "such as 1.5m, and a percentage with a ratio such as likes / impressions");
        }
    }

    private static void sameCurrency(ValueUnit a, ValueUnit b, Position at, String verb) throws CheckTypeException {
        if (a.currency().isPresent() && b.currency().isPresent() && !a.currency().equals(b.currency())) {
            throw new CheckTypeException(at, "this " + verb + " " + a.currency().get().getCurrencyCode() + " and "
                    + b.currency().get().getCurrencyCode() + ": amounts in different currencies cannot be combined or compared");
        }
    }

    private void noteMixedCounts(ValueUnit a, ValueUnit b) {
        if (a.mixesCountsWith(b)) {
            notes.add("this check combines a count of events with a count of distinct people; their definitions differ");
        }
    }
}
