package dev.reckon.domain.comparison;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two series side by side (docs/semantics.md#comparisons): A's value against B's, every derived figure an
 * interval computed by interval arithmetic. Nothing here throws for arithmetic: a B that may be
 * zero makes the ratio and the percent change unbounded, and the notes say so.
 *
 * @param a             the first series
 * @param b             the second series, the base of the ratio and of the percent change
 * @param difference    {@code A - B}
 * @param ratio         {@code A / B}
 * @param percentChange {@code (A - B) / B} as a fraction: {@code 0.25} is 25% up
 * @param direction     which way A stands from B
 * @param notes         what a reader should know: missing values, different metrics or units, a B that may be zero
 */
public record Comparison(SeriesValue a, SeriesValue b, Interval difference, Interval ratio, Interval percentChange,
                         Direction direction, List<String> notes) {

    public Comparison {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        Objects.requireNonNull(difference, "difference is null");
        Objects.requireNonNull(ratio, "ratio is null");
        Objects.requireNonNull(percentChange, "percentChange is null");
        Objects.requireNonNull(direction, "direction is null");
        notes = List.copyOf(notes);
    }

    /**
     * Compares A with B. Values in different units (money in two currencies, money and a count)
     * have a ratio but no meaningful difference: the difference, percent change and direction are
     * then unknown.
     */
    public static Comparison of(SeriesValue a, SeriesValue b) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        List<String> notes = new ArrayList<>(Compatibility.notes(List.of(a, b)));
        Interval ratio = a.value().dividedBy(b.value());
        boolean sameUnit = Compatibility.sameUnit(List.of(a, b));
        Interval difference = sameUnit ? a.value().minus(b.value()) : Interval.ALL;
        Interval percentChange = sameUnit ? a.value().changeFrom(b.value()) : Interval.ALL;
        Direction direction = sameUnit ? Direction.of(a.value(), b.value()) : Direction.UNDECIDED;
        if (b.hasValue() && b.value().contains(BigDecimal.ZERO)) {
            notes.add(b.query().ref() + " may be zero (" + b.value()
                    + "), so the ratio and the percent change have no bound");
        }
        return new Comparison(a, b, difference, ratio, percentChange, direction, notes);
    }
}
