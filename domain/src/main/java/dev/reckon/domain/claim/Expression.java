package dev.reckon.domain.claim;

import dev.reckon.domain.number.Figure;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One side of a comparison, or a part of it. Prints back as check text.
 *
 * <p>Code that treats each kind of expression differently implements {@link Visitor}: a new kind
 * of expression then fails to compile until every walker handles it, instead of failing at run time.
 */
public sealed interface Expression
        permits Expression.FigureTerm, SeriesRef, Expression.Arithmetic, Expression.Negated, Expression.Call,
        SetCall, Label {

    /** Where the expression starts in the check. */
    Position position();

    /** Hands this expression to the visitor's method for its kind. */
    <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

    /** Every series the expression reads, left to right. */
    default List<SeriesRef> series() {
        return children().flatMap(c -> c.series().stream()).toList();
    }

    /** The sub-expressions directly inside this one. */
    Stream<Expression> children();

    /**
     * One method per kind of expression.
     *
     * @param <R> what the visit gives
     * @param <X> the checked exception a visit may throw ({@link RuntimeException} for none)
     */
    interface Visitor<R, X extends Exception> {
        R figure(FigureTerm figure) throws X;

        R series(SeriesRef series) throws X;

        R arithmetic(Arithmetic arithmetic) throws X;

        R negated(Negated negated) throws X;

        R call(Call call) throws X;

        R setCall(SetCall set) throws X;

        R label(Label label) throws X;
    }

    /** A figure as written: {@code 325m}, {@code more than 1.5m}. */
    record FigureTerm(Figure figure, Position position) implements Expression {
        public FigureTerm {
            Objects.requireNonNull(figure, "figure is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.figure(this);
        }

        @Override
        public Stream<Expression> children() {
            return Stream.empty();
        }

        @Override
        public String toString() {
            return figure.canonicalText();
        }
    }

    /**
     * {@code first op operand op operand ...}: a run of operators of one precedence level, applied
     * from left to right. A chain is one node however long it is, so walking {@code a * b * ... * z}
     * takes one level of the stack rather than one per operator.
     */
    record Arithmetic(Expression first, List<Step> steps, Position position) implements Expression {
        public Arithmetic {
            Objects.requireNonNull(first, "first is null");
            steps = List.copyOf(steps);
            Objects.requireNonNull(position, "position is null");
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("arithmetic needs at least one operator");
            }
            boolean tight = steps.get(0).operator().bindsTighterThanAddition();
            if (steps.stream().anyMatch(s -> s.operator().bindsTighterThanAddition() != tight)) {
                throw new IllegalArgumentException("one chain holds operators of one precedence level: " + steps);
            }
        }

        /** Whether this chain multiplies and divides, rather than adds and subtracts. */
        boolean multiplies() {
            return steps.get(0).operator().bindsTighterThanAddition();
        }

        /** Whether the chain is {@code first op second} with this operator and no more. */
        boolean isBinary(ArithmeticOperator operator) {
            return steps.size() == 1 && steps.get(0).operator() == operator;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.arithmetic(this);
        }

        @Override
        public Stream<Expression> children() {
            return Stream.concat(Stream.of(first), steps.stream().map(Step::operand));
        }

        /**
         * Parenthesised only where needed, so printing and parsing again gives the same tree: a
         * chain inside a chain keeps its parentheses unless it binds tighter ({@code a + b * c}).
         */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(operand(first));
            for (Step step : steps) {
                text.append(' ').append(step.operator().symbol()).append(' ').append(operand(step.operand()));
            }
            return text.toString();
        }

        private String operand(Expression operand) {
            boolean bindsTighter = operand instanceof Arithmetic inner && inner.multiplies() && !multiplies();
            return operand instanceof Arithmetic && !bindsTighter ? "(" + operand + ")" : operand.toString();
        }

        /** {@code op operand}: one operator of a chain and what it applies. */
        public record Step(ArithmeticOperator operator, Expression operand) {
            public Step {
                Objects.requireNonNull(operator, "operator is null");
                Objects.requireNonNull(operand, "operand is null");
            }
        }
    }

    /** {@code -operand}. */
    record Negated(Expression operand, Position position) implements Expression {
        public Negated {
            Objects.requireNonNull(operand, "operand is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.negated(this);
        }

        @Override
        public Stream<Expression> children() {
            return Stream.of(operand);
        }

        @Override
        public String toString() {
            return operand instanceof Arithmetic || operand instanceof Negated || operand instanceof FigureTerm
                    ? "-(" + operand + ")" : "-" + operand;
        }
    }

    /** {@code max(a, b)}, {@code sum(...)}, {@code abs(a)}. */
    record Call(CheckFunction function, List<Expression> arguments, Position position) implements Expression {
        public Call {
            Objects.requireNonNull(function, "function is null");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.call(this);
        }

        @Override
        public Stream<Expression> children() {
            return arguments.stream();
        }

        @Override
        public String toString() {
            return function.id() + "(" + arguments.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
        }
    }
}
