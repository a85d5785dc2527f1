package dev.reckon.domain.claim;

import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code a ~ b within t%} decided exactly: {@code |a - b| <= t * |b|} for every pair of values, or
 * for none. For one {@code b} the values of {@code a} that pass are {@code [b - t|b|, b + t|b|]};
 * both ends move piecewise linearly with {@code b}, bending only at zero, so over a range of
 * {@code b} their extremes lie at its ends or at zero. Comparing {@code |a - b|} with
 * {@code t * |b|} as two separate intervals would let {@code b} take two values at once, and leave
 * open what every pair settles.
 */
final class RelativeNearness {

    private RelativeNearness() {
    }

    /** The truth of {@code |a - b| <= t|b|}; empty when {@code b} is unbounded, where the ends of the band have no extreme. */
    static Optional<Truth> of(Interval a, Interval b, BigDecimal t) {
        if (!b.isBounded()) {
            return Optional.empty();
        }
        List<BigDecimal> points = new ArrayList<>(List.of(b.lo().orElseThrow(), b.hi().orElseThrow()));
        if (b.contains(BigDecimal.ZERO)) {
            points.add(BigDecimal.ZERO);
        }
        List<BigDecimal> lowest = points.stream().map(v -> v.subtract(t.multiply(v.abs()))).toList();
        List<BigDecimal> highest = points.stream().map(v -> v.add(t.multiply(v.abs()))).toList();
        BigDecimal everyBandFrom = lowest.stream().max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal everyBandTo = highest.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal someBandFrom = lowest.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal someBandTo = highest.stream().max(Comparator.naturalOrder()).orElseThrow();
        boolean forAll = a.isBounded() && a.lo().orElseThrow().compareTo(everyBandFrom) >= 0
                && a.hi().orElseThrow().compareTo(everyBandTo) <= 0;
        boolean forNone = a.hi().map(hi -> hi.compareTo(someBandFrom) < 0).orElse(false)
                || a.lo().map(lo -> lo.compareTo(someBandTo) > 0).orElse(false);
        return Optional.of(Truth.of(forAll, forNone));
    }
}
