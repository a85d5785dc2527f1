package dev.reckon.domain.claim;

import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reduces the members of a set, each an interval, to one interval that holds the result for every
 * choice of the members' values: max and min end by end, a sum end by end, a mean the sum over the
 * number of members, a median the median of the lower ends to that of the upper ends (the median
 * rises with every member, so its extremes are at the ends). An unbounded end stays unbounded.
 */
final class SetReduction {

    private SetReduction() {
    }

    static Interval reduce(CheckFunction function, List<Interval> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a set has at least one member");
        }
        return switch (function) {
            case MAX -> members.stream().reduce(Interval::max).orElseThrow();
            case MIN -> members.stream().reduce(Interval::min).orElseThrow();
            case SUM -> sum(members);
            case MEAN -> sum(members).dividedBy(Interval.exactly(members.size()));
            case MEDIAN -> median(members);
            case COUNT -> Interval.exactly(members.size());
            case ABS, CHANGE, ARGMAX, ARGMIN -> throw new IllegalArgumentException(function.id() + " does not reduce a set to a number");
        };
    }

    /**
     * What is known of the reduction of {@code seen} and any number of members not seen, each of
     * which may be anything in {@code unseen}: a set by post over a period the exports do not
     * wholly cover. A maximum may then be higher than the highest seen, a minimum lower than the
     * lowest, a count and a sum larger; a mean or a median may move anywhere the unseen members
     * may lie, since enough of them outweigh the seen.
     */
    static Interval reduceWithUnseen(CheckFunction function, List<Interval> seen, Interval unseen) {
        if (seen.isEmpty()) {
            return switch (function) {
                case COUNT -> Interval.NON_NEGATIVE;
                case SUM -> anyNumberOf(unseen);
                default -> unseen;
            };
        }
        Interval known = reduce(function, seen);
        return switch (function) {
            case MAX -> known.hull(known.max(unseen));
            case MIN -> known.hull(known.min(unseen));
            case SUM -> known.plus(anyNumberOf(unseen));
            case COUNT -> known.withoutUpperBound();
            case MEAN -> known.hull(unseen);
            // The median lies among the members, seen or not.
            case MEDIAN -> seen.stream().reduce(unseen, Interval::hull);
            case ABS, CHANGE, ARGMAX, ARGMIN -> throw new IllegalArgumentException(function.id() + " does not reduce a set to a number");
        };
    }

    /**
     * The sum of any number of values each in {@code value}, none included: unbounded on each side
     * where a value may be on that side of zero, zero there otherwise.
     */
    private static Interval anyNumberOf(Interval value) {
        boolean mayBeNegative = value.lo().map(lo -> lo.signum() < 0).orElse(true);
        boolean mayBePositive = value.hi().map(hi -> hi.signum() > 0).orElse(true);
        return Interval.between(mayBeNegative ? Optional.empty() : Optional.of(BigDecimal.ZERO),
                mayBePositive ? Optional.empty() : Optional.of(BigDecimal.ZERO));
    }

    private static Interval sum(List<Interval> members) {
        return members.stream().reduce(Interval::plus).orElseThrow();
    }

    private static Interval median(List<Interval> members) {
        if (members.stream().allMatch(Interval::isExact)) {
            // Posts' values are exact: their lower and upper ends are one list, sorted once.
            return Interval.exactly(middle(members.stream().map(Interval::lo).toList(), true).orElseThrow());
        }
        return Interval.between(middle(members.stream().map(Interval::lo).toList(), true),
                middle(members.stream().map(Interval::hi).toList(), false));
    }

    /**
     * The median of ends, an empty end being minus infinity among lower ends and plus infinity
     * among upper ends; an even count averages the two middle ends.
     */
    private static Optional<BigDecimal> middle(List<Optional<BigDecimal>> ends, boolean lower) {
        // The bounded ends are sorted as plain decimals (a set by post may hold 100k), the empty ones
        // stand before them among lower ends and after them among upper ends.
        BigDecimal[] bounded = ends.stream().flatMap(Optional::stream).toArray(BigDecimal[]::new);
        Arrays.sort(bounded);
        int empty = ends.size() - bounded.length;
        int n = ends.size();
        Optional<BigDecimal> upperMiddle = sortedEnd(bounded, empty, lower, n / 2);
        if (n % 2 == 1) {
            return upperMiddle;
        }
        Optional<BigDecimal> lowerMiddle = sortedEnd(bounded, empty, lower, n / 2 - 1);
        if (lowerMiddle.isEmpty() || upperMiddle.isEmpty()) {
            return Optional.empty();
        }
        // Halving a decimal ends: the average of two exact ends is exact.
        return Optional.of(lowerMiddle.get().add(upperMiddle.get()).divide(BigDecimal.valueOf(2), MathContext.UNLIMITED));
    }

    /** The end at {@code index} of all ends in order, {@code empty} unbounded ones first (lower) or last (upper). */
    private static Optional<BigDecimal> sortedEnd(BigDecimal[] bounded, int empty, boolean lower, int index) {
        int at = lower ? index - empty : index;
        return at >= 0 && at < bounded.length ? Optional.of(bounded[at]) : Optional.empty();
    }
}
