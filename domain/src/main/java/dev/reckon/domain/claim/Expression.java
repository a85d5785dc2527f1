package dev.reckon.domain.claim;

import dev.reckon.domain.number.Figure;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One side of a comparison, or a part of it. Prints back as check text. */
public sealed interface Expression
        permits Expression.FigureTerm, SeriesRef, Expression.Arithmetic, Expression.Negated, Expression.Call {

    /** Where the expression starts in the check. */
    Position position();

    /** Every series the expression reads, left to right. */
    default List<SeriesRef> series() {
        return children().flatMap(c -> c.series().stream()).toList();
    }

    /** The sub-expressions directly inside this one. */
    Stream<Expression> children();

    /** A figure as written: {@code 325m}, {@code more than 1.5m}. */
    record FigureTerm(Figure figure, Position position) implements Expression {
        public FigureTerm {
            Objects.requireNonNull(figure, "figure is null");
            Objects.requireNonNull(position, "position is null");
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

    /** {@code left op right}. */
    record Arithmetic(ArithmeticOperator operator, Expression left, Expression right, Position position)
            implements Expression {
        public Arithmetic {
            Objects.requireNonNull(operator, "operator is null");
            Objects.requireNonNull(left, "left is null");
            Objects.requireNonNull(right, "right is null");
            Objects.requireNonNull(position, "position is null");
        }

        @Override
        public Stream<Expression> children() {
            return Stream.of(left, right);
        }

        /** Parenthesised only where needed, so printing and parsing again gives the same tree. */
        @Override
        public String toString() {
            return operand(left, false) + " " + operator.symbol() + " " + operand(right, true);
        }

        private String operand(Expression operand, boolean onTheRight) {
            if (operand instanceof Arithmetic inner) {
                boolean looser = !inner.operator.bindsTighterThanAddition() && operator.bindsTighterThanAddition();
                boolean sameLevelOnRight = onTheRight
                        && inner.operator.bindsTighterThanAddition() == operator.bindsTighterThanAddition();
                if (looser || sameLevelOnRight) {
                    return "(" + inner + ")";
                }
            }
            return operand.toString();
        }
    }

    /** {@code -operand}. */
    record Negated(Expression operand, Position position) implements Expression {
        public Negated {
            Objects.requireNonNull(operand, "operand is null");
            Objects.requireNonNull(position, "position is null");
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
        public Stream<Expression> children() {
            return arguments.stream();
        }

        @Override
        public String toString() {
            return function.id() + "(" + arguments.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
        }
    }
}
