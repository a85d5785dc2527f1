package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricUnit;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an expression measures, for unit checks: a count (of events, people or both), money (in a
 * currency, when known), or a plain number (a bare figure or a ratio).
 *
 * @param counts  for a count, which kinds of count went into it
 * @param percent for a plain number, whether a percentage was written in it
 */
record ValueUnit(Kind kind, Set<MetricUnit> counts, Optional<Currency> currency, boolean percent) {

    enum Kind { COUNT, MONEY, NUMBER }

    ValueUnit {
        Objects.requireNonNull(kind, "kind is null");
        counts = Set.copyOf(counts);
        Objects.requireNonNull(currency, "currency is null");
    }

    static ValueUnit count(MetricUnit unit) {
        return new ValueUnit(Kind.COUNT, Set.of(unit), Optional.empty(), false);
    }

    static ValueUnit money(Optional<Currency> currency) {
        return new ValueUnit(Kind.MONEY, Set.of(), currency, false);
    }

    static ValueUnit number(boolean percent) {
        return new ValueUnit(Kind.NUMBER, Set.of(), Optional.empty(), percent);
    }

    boolean isMoney() {
        return kind == Kind.MONEY;
    }

    boolean isCount() {
        return kind == Kind.COUNT;
    }

    boolean isPercent() {
        return kind == Kind.NUMBER && percent;
    }

    /** True when this mixes, or with {@code other} would mix, counts of events and of people. */
    boolean mixesCountsWith(ValueUnit other) {
        Set<MetricUnit> all = EnumSet.noneOf(MetricUnit.class);
        all.addAll(counts);
        all.addAll(other.counts);
        return all.contains(MetricUnit.EVENTS) && all.contains(MetricUnit.PEOPLE);
    }

    ValueUnit withCountsOf(ValueUnit other) {
        Set<MetricUnit> all = EnumSet.noneOf(MetricUnit.class);
        all.addAll(counts);
        all.addAll(other.counts);
        return new ValueUnit(kind, all, currency.or(other::currency), percent || other.percent);
    }

    /** "money (GBP)", "a count of people", "a percentage", "a plain number". */
    String describe() {
        return switch (kind) {
            case MONEY -> currency.map(c -> "money (" + c.getCurrencyCode() + ")").orElse("money");
            case COUNT -> counts.size() == 1 && counts.contains(MetricUnit.PEOPLE) ? "a count of people"
                    : counts.size() == 1 ? "a count of events" : "a count";
            case NUMBER -> percent ? "a percentage" : "a plain number";
        };
    }
}
