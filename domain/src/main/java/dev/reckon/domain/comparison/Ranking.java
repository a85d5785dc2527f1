package dev.reckon.domain.comparison;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Several series in order, highest first, with the ties their intervals cannot separate
 * (docs/semantics.md#comparisons).
 *
 * <p>The ordering rule: series are sorted by the lower end of their interval, highest first; equal
 * lower ends by the upper end, highest first (an unbounded upper end first); still equal, in the
 * order given. Two series are tied when their intervals overlap, and ties are grouped
 * transitively: if A overlaps B and B overlaps C, the three form one group even when A and C do
 * not overlap. Between groups the order is certain. Each entry's rank range is the best and worst
 * rank it could have for some values in the intervals: one more than the number of series
 * certainly above it, and the count of series less the number certainly below it.
 *
 * <p>Series without a value (missing, not aggregable) are not ranked; they are listed in
 * {@link #unranked()}. Series in different units are still ordered by number, with a note.
 */
public final class Ranking {

    private static final Comparator<SeriesValue> HIGHEST_FIRST = Comparator
            .comparing((SeriesValue v) -> v.value().lo(), Comparator.comparing(
                    (Optional<BigDecimal> lo) -> lo.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .reversed())
            .thenComparing(v -> v.value().hi(), Comparator.comparing(
                    (Optional<BigDecimal> hi) -> hi.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                    .reversed());

    /**
     * One ranked series.
     *
     * @param value     the series
     * @param position  its place in the order, from 1
     * @param bestRank  the highest rank it could have
     * @param worstRank the lowest rank it could have
     * @param group     its tie group, from 1; entries of one group cannot be told apart in order
     */
    public record Entry(SeriesValue value, int position, int bestRank, int worstRank, int group) {

        public Entry {
            Objects.requireNonNull(value, "value is null");
        }

        /** True when the intervals leave its rank open. */
        public boolean isTied() {
            return bestRank != worstRank;
        }
    }

    private final List<Entry> entries;
    private final List<SeriesValue> unranked;
    private final List<String> notes;

    private Ranking(List<Entry> entries, List<SeriesValue> unranked, List<String> notes) {
        this.entries = List.copyOf(entries);
        this.unranked = List.copyOf(unranked);
        this.notes = List.copyOf(notes);
    }

    public static Ranking of(List<SeriesValue> values) {
        Objects.requireNonNull(values, "values is null");
        List<SeriesValue> ranked = values.stream().filter(SeriesValue::hasValue).sorted(HIGHEST_FIRST).toList();
        List<SeriesValue> unranked = values.stream().filter(v -> !v.hasValue()).toList();
        Map<SeriesValue, Integer> groups = tieGroups(ranked);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Interval here = ranked.get(i).value();
            long above = ranked.stream().filter(other -> other.value().isEntirelyAbove(here)).count();
            long below = ranked.stream().filter(other -> other.value().isEntirelyBelow(here)).count();
            entries.add(new Entry(ranked.get(i), i + 1, (int) above + 1, ranked.size() - (int) below,
                    groups.get(ranked.get(i))));
        }
        return new Ranking(entries, unranked, Compatibility.notes(values));
    }

    /**
     * Numbers the connected stretches of the union of the intervals, highest first: a sweep from
     * the lowest lower end, where an interval starting above everything seen so far starts a new
     * stretch. Each stretch lies wholly above the next, so the groups follow the ranking's order.
     */
    private static Map<SeriesValue, Integer> tieGroups(List<SeriesValue> ranked) {
        List<SeriesValue> lowestFirst = ranked.stream().sorted(Comparator.comparing(
                (SeriesValue v) -> v.value().lo().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        Map<SeriesValue, Integer> fromBottom = new IdentityHashMap<>();
        int stretch = 0;
        BigDecimal reach = null; // the highest upper end of the current stretch; null once it is unbounded
        for (SeriesValue value : lowestFirst) {
            Interval interval = value.value();
            boolean startsAbove = reach != null && interval.hasLowerBound()
                    && interval.lo().orElseThrow().compareTo(reach) > 0;
            if (stretch == 0 || startsAbove) {
                stretch++;
                reach = interval.hi().orElse(null);
            } else if (reach != null) {
                reach = interval.hi().map(reach::max).orElse(null);
            }
            fromBottom.put(value, stretch);
        }
        Map<SeriesValue, Integer> fromTop = new IdentityHashMap<>();
        int stretches = stretch;
        fromBottom.forEach((value, n) -> fromTop.put(value, stretches - n + 1));
        return fromTop;
    }

    /** The ranked series, highest first. */
    public List<Entry> entries() {
        return entries;
    }

    /** The ranked series in their tie groups, highest group first; a group of one is not a tie. */
    public List<List<Entry>> groups() {
        List<List<Entry>> groups = new ArrayList<>();
        for (Entry entry : entries) {
            if (groups.size() < entry.group()) {
                groups.add(new ArrayList<>());
            }
            groups.get(entry.group() - 1).add(entry);
        }
        return groups.stream().map(List::copyOf).toList();
    }

    /** Series that could not be ranked because they have no value. */
    public List<SeriesValue> unranked() {
        return unranked;
    }

    /** What a reader should know: missing values, different metrics or units. */
    public List<String> notes() {
        return notes;
    }
}
