package dev.reckon.domain.claim;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A parsed check: a comparison, or comparisons joined by {@code and} / {@code or}. Code that
 * treats each kind differently implements {@link Visitor}, so a new kind fails to compile until
 * every walker handles it.
 */
public sealed interface Check permits ComparisonCheck, Check.And, Check.Or {

    /** Hands this check to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of check. */
    interface Visitor<R> {
        R comparison(ComparisonCheck comparison);

        R and(And and);

        R or(Or or);
    }

    /** Every comparison in the check, left to right. */
    List<ComparisonCheck> comparisons();

    private static List<ComparisonCheck> comparisonsOf(List<Check> parts) {
        return parts.stream().flatMap(p -> p.comparisons().stream()).toList();
    }

    /** True only when every part is true (Kleene logic). */
    record And(List<Check> parts) implements Check {
        public And {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("'and' joins at least two parts");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.and(this);
        }

        @Override
        public List<ComparisonCheck> comparisons() {
            return comparisonsOf(parts);
        }

        @Override
        public String toString() {
            return parts.stream().map(p -> p instanceof Or ? "(" + p + ")" : p.toString())
                    .collect(Collectors.joining(" and "));
        }
    }

    /** True when any part is true (Kleene logic). */
    record Or(List<Check> parts) implements Check {
        public Or {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("'or' joins at least two parts");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.or(this);
        }

        @Override
        public List<ComparisonCheck> comparisons() {
            return comparisonsOf(parts);
        }

        @Override
        public String toString() {
            return parts.stream().map(Objects::toString).collect(Collectors.joining(" or "));
        }
    }
}
