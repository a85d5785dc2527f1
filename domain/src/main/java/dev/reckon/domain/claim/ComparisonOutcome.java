package dev.reckon.domain.claim;

import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one comparison came out, with what is needed to explain it.
 *
 * @param comparison the comparison as written
 * @param rule       which reading of the comparison applied
 * @param operator   the operator applied, after a qualifier has turned '=' into its own operator
 * @param subject    the side the claim is about (the side that is not the claimed figure)
 * @param claimed    the side it is compared with
 * @param subjectValue the value of the subject side
 * @param claimedValue the value the subject was compared with: a figure's interval for "rounds to",
 *                   its face value for the other operators
 * @param tolerance  for '~', the tolerance applied
 * @param band       for '~' against an exact value, the values that count as "about" it
 * @param truth      the result
 * @param swapped    true when the subject was written on the right
 * @param zeroDivisors the divisors on either side that may be zero, which leave the comparison undecided
 * @param rival      for {@code argmax(...) = label}, the other member that decided or came closest; the subject
 *                   value is then the labelled member's and the claimed value the rival's
 */
record ComparisonOutcome(ComparisonCheck comparison, Reading rule, ComparisonOperator operator, Expression subject,
                         Expression claimed, Interval subjectValue, Interval claimedValue, Optional<Tolerance> tolerance,
                         Optional<Interval> band, Truth truth, boolean swapped, List<ZeroDivisor> zeroDivisors,
                         Optional<Rival> rival) {

    /** The ways a comparison is read (docs/semantics.md#operators). */
    enum Reading {
        /** '=' with a bare figure: the other side rounds to it. */
        ROUNDS_TO,
        /** '=' between two expressions that are not bare figures. */
        SAME_VALUE,
        /** '<', '<=', '>', '>='. */
        ORDER,
        /** '~' with a tolerance. */
        ABOUT,
        /** {@code argmax(set) = label} or {@code argmin(set) = label}: the labelled member against every other. */
        LABEL
    }

    /** The member of a set a labelled member was measured against: the runner-up, or one that beats it. */
    record Rival(String label, Interval value) {
        Rival {
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(value, "value is null");
        }
    }

    /** An outcome with no rival: every reading but {@link Reading#LABEL}. */
    ComparisonOutcome(ComparisonCheck comparison, Reading rule, ComparisonOperator operator, Expression subject,
                      Expression claimed, Interval subjectValue, Interval claimedValue, Optional<Tolerance> tolerance,
                      Optional<Interval> band, Truth truth, boolean swapped, List<ZeroDivisor> zeroDivisors) {
        this(comparison, rule, operator, subject, claimed, subjectValue, claimedValue, tolerance, band, truth, swapped,
                zeroDivisors, Optional.empty());
    }

    /** A tolerance: relative (a percentage of the claimed value) or absolute, and whether it was the default. */
    record Tolerance(Figure figure, boolean relative, boolean byDefault) {
        Tolerance {
            Objects.requireNonNull(figure, "figure is null");
        }
    }

    /** A divisor whose value may be zero, so that the quotient is undefined for some of its values. */
    record ZeroDivisor(Expression divisor, Interval value) {
        ZeroDivisor {
            Objects.requireNonNull(divisor, "divisor is null");
            Objects.requireNonNull(value, "value is null");
        }
    }

    ComparisonOutcome {
        Objects.requireNonNull(comparison, "comparison is null");
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(claimed, "claimed is null");
        Objects.requireNonNull(subjectValue, "subjectValue is null");
        Objects.requireNonNull(claimedValue, "claimedValue is null");
        Objects.requireNonNull(tolerance, "tolerance is null");
        Objects.requireNonNull(band, "band is null");
        Objects.requireNonNull(truth, "truth is null");
        zeroDivisors = List.copyOf(zeroDivisors);
        Objects.requireNonNull(rival, "rival is null");
    }

    /**
     * A quotient whose divisor may be zero is undefined for some values, so whatever the intervals
     * say the comparison is undecided (docs/semantics.md#intervals).
     */
    ComparisonOutcome dividingBy(List<ZeroDivisor> divisors) {
        Truth decided = divisors.isEmpty() ? truth : Truth.UNDECIDED;
        return new ComparisonOutcome(comparison, rule, operator, subject, claimed, subjectValue, claimedValue, tolerance,
                band, decided, swapped, divisors, rival);
    }

    /** The two sides in the order they were written, the '~' band around the claimed one. */
    Sides sides() {
        return swapped ? new Sides(claimedValue, subjectValue, band, Optional.empty())
                : new Sides(subjectValue, claimedValue, Optional.empty(), band);
    }
}
