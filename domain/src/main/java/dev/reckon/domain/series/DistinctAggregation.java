package dev.reckon.domain.series;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A distinct count (reach, donors) over a period (docs/semantics.md#distinct). The observation for exactly the
 * period wins. Otherwise the count is at least the largest count over any part of the period, and
 * at most the smallest sum of counts over parts that do not overlap and together cover the period.
 *
 * <p>The smallest such sum is a shortest path from the period's start to its end over the sorted
 * boundary instants: each observation inside the period is an edge from its start to its end
 * costing its upper end; time that coverage declares complete and that no observation touches is
 * an edge costing nothing, except for the counts at single instants (per-post figures placed at a
 * post's publish time) that fall in it, which must then be paid. No path means no upper bound.
 */
final class DistinctAggregation {

    private DistinctAggregation() {
    }

    static SeriesValue aggregate(SeriesInputs in) {
        List<Observation> inside = in.inside();
        Optional<Observation> exact = in.exactly();
        if (exact.isPresent()) {
            return exactWindow(in, exact.get(), inside);
        }
        Optional<Observation> largest = largest(inside);
        BigDecimal lo = largest.map(DistinctAggregation::lowerEnd).orElse(BigDecimal.ZERO);
        Optional<Cover> cover = cheapestCover(in, inside);
        Set<Observation> used = new LinkedHashSet<>();
        largest.ifPresent(used::add);
        cover.ifPresent(c -> used.addAll(c.observations()));
        List<String> notes = new ArrayList<>();
        Interval value;
        if (cover.isEmpty()) {
            value = Interval.atLeast(lo);
        } else if (cover.get().cost().compareTo(lo) >= 0) {
            value = Interval.of(lo, cover.get().cost());
        } else {
            // The platform's own figures contradict each other (a part counts more people than a
            // cover of the whole); keep both readings rather than invent which one is wrong.
            value = Interval.of(cover.get().cost(), lo);
            notes.add(EvidenceWording.figureFor(largest.orElseThrow().window(), in.zone()) + " is "
                    + EvidenceWording.amount(largest.get().value()) + " (" + in.location(largest.get())
                    + "), more than the figures covering the period add up to (" + EvidenceWording.grouped(cover.get().cost())
                    + ", " + EvidenceWording.sources(cover.get().observations())
                    + "); the figures disagree, so both are kept as the range");
        }
        TimeSet gaps = cover.isPresent() ? TimeSet.EMPTY : uncovered(in, inside);
        String rule = rule(in, largest, cover);
        Optional<Observation> whole = narrowestWhole(in);
        if (whole.isPresent() && below(whole.get(), value.hi())) {
            BigDecimal bound = whole.get().value().hi().orElseThrow();
            String figure = EvidenceWording.figureFor(whole.get().window(), in.zone()) + " (" + in.location(whole.get()) + ")";
            if (bound.compareTo(lo) >= 0) {
                // Named with its place in the rule, not listed among the figures inside the period that were combined.
                value = Interval.of(value.lo().orElseThrow(), bound);
                rule += " " + EvidenceWording.capitalised(figure) + ", " + EvidenceWording.grouped(bound)
                        + ", bounds it above: a part of a window never counts more people than the whole.";
            } else {
                notes.add(figure + " is " + EvidenceWording.amount(whole.get().value()) + ", fewer than counted over a part"
                        + " of it (" + EvidenceWording.grouped(lo) + "); the figures disagree");
            }
        }
        // Every count inside bears on the value (the largest is its lower end), whichever cover set the upper one.
        notes.addAll(AcrossTheEdge.disagreements(in, inside, (coarse, finer) -> countsMoreThanItsCover(in, coarse, finer)));
        return in.value(value, new ArrayList<>(used), gaps, rule, List.of(), notes);
    }

    /**
     * A count across the period's edge above what the finer counts filling its window add up to
     * (a 28-day reach of 198 over 28 days that each reached nobody): people counted over the
     * whole were never counted on any of its days, so the days, some of which the value rests on,
     * may be short.
     */
    private static Optional<String> countsMoreThanItsCover(SeriesInputs in, Observation coarse, List<Observation> finer) {
        TimeSet filled = TimeSet.of(finer.stream().map(Observation::window).toList());
        if (finer.size() < 2 || !filled.covers(coarse.window()) || !SeriesInputs.sum(finer).isEntirelyBelow(coarse.value())) {
            return Optional.empty();
        }
        return Optional.of(EvidenceWording.figureFor(coarse.window(), in.zone()) + " is " + EvidenceWording.amount(coarse.value())
                + " (" + in.location(coarse) + "), more than the " + finer.size() + " figures covering it add up to ("
                + EvidenceWording.amount(SeriesInputs.sum(finer)) + ", " + EvidenceWording.sources(finer)
                + "); it reaches outside " + in.query().period() + ", so the finer figures are used");
    }

    /**
     * Of the counts over windows that contain the whole period and more, the one with the smallest
     * upper end: reach over a week bounds the reach of any day in it.
     */
    private static Optional<Observation> narrowestWhole(SeriesInputs in) {
        return in.observations().stream()
                .filter(o -> o.window().contains(in.period()) && !o.window().equals(in.period()) && o.value().hasUpperBound())
                .min(Comparator.comparing(o -> o.value().hi().orElseThrow()));
    }

    private static boolean below(Observation whole, Optional<BigDecimal> upper) {
        BigDecimal bound = whole.value().hi().orElseThrow();
        return upper.map(u -> bound.compareTo(u) < 0).orElse(true);
    }

    private static SeriesValue exactWindow(SeriesInputs in, Observation exact, List<Observation> inside) {
        List<Observation> parts = inside.stream().filter(o -> o != exact).toList();
        List<String> notes = new ArrayList<>();
        Optional<Observation> largestPart = largest(parts);
        if (largestPart.isPresent() && exact.value().isEntirelyBelow(largestPart.get().value())) {
            notes.add("the figure for the whole period (" + EvidenceWording.amount(exact.value()) + ", " + in.location(exact)
                    + ") is below " + EvidenceWording.figureFor(largestPart.get().window(), in.zone()) + " ("
                    + EvidenceWording.amount(largestPart.get().value()) + ", " + in.location(largestPart.get())
                    + "), which cannot happen for a count of distinct people");
        }
        String rule = "The figure for exactly " + in.query().period() + " is used (" + in.location(exact)
                + "); distinct counts over parts of it cannot be added.";
        return in.value(exact.value(), List.of(exact), TimeSet.EMPTY, rule, List.of(), notes);
    }

    private static Optional<Observation> largest(List<Observation> observations) {
        return observations.stream().max(Comparator.comparing(DistinctAggregation::lowerEnd));
    }

    /** A count has no negative values: an unbounded lower end means at least zero. */
    private static BigDecimal lowerEnd(Observation observation) {
        return observation.value().lo().orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
    }

    private record Cover(BigDecimal cost, List<Observation> observations) {
    }

    /** One way forward from an instant: over an observation, or over covered time paying for instants in it. */
    private record Step(Instant to, BigDecimal cost, List<Observation> observations) {
    }

    private record Best(BigDecimal cost, Instant from, Step step) {
    }

    private static Optional<Cover> cheapestCover(SeriesInputs in, List<Observation> inside) {
        Window period = in.period();
        TimeSet zeroTime = in.coveredWithoutOtherData(List.of());
        Map<Instant, List<Observation>> instantCounts = new HashMap<>();
        TreeSet<Instant> nodes = new TreeSet<>(List.of(period.start(), period.end()));
        for (Observation observation : inside) {
            nodes.add(observation.window().start());
            nodes.add(observation.window().end());
            if (observation.window().isInstant()) {
                instantCounts.computeIfAbsent(observation.window().start(), k -> new ArrayList<>()).add(observation);
            }
        }
        for (Window covered : zeroTime.intersect(TimeSet.of(period)).windows()) {
            nodes.add(covered.start());
            nodes.add(covered.end());
        }
        Map<Instant, List<Step>> steps = new HashMap<>();
        for (Observation observation : inside) {
            observation.value().hi().filter(hi -> !observation.window().isInstant()).ifPresent(hi ->
                    steps.computeIfAbsent(observation.window().start(), k -> new ArrayList<>())
                            .add(new Step(observation.window().end(), hi, List.of(observation))));
        }
        for (Instant node : nodes) {
            Instant next = nodes.higher(node);
            if (next != null && zeroTime.covers(new Window(node, next))) {
                List<Observation> paid = instantCounts.getOrDefault(node, List.of());
                Interval cost = SeriesInputs.sum(paid);
                cost.hi().ifPresent(hi -> steps.computeIfAbsent(node, k -> new ArrayList<>())
                        .add(new Step(next, hi, paid)));
            }
        }
        return shortestPath(nodes, steps, period);
    }

    /** Steps only go forward in time, so one pass over the sorted instants finds the cheapest path. */
    private static Optional<Cover> shortestPath(TreeSet<Instant> nodes, Map<Instant, List<Step>> steps, Window period) {
        Map<Instant, Best> best = new HashMap<>();
        best.put(period.start(), new Best(BigDecimal.ZERO, null, null));
        for (Instant node : nodes) {
            Best here = best.get(node);
            if (here == null) {
                continue;
            }
            for (Step step : steps.getOrDefault(node, List.of())) {
                BigDecimal cost = here.cost().add(step.cost());
                Best there = best.get(step.to());
                if (there == null || cost.compareTo(there.cost()) < 0) {
                    best.put(step.to(), new Best(cost, node, step));
                }
            }
        }
        Best end = best.get(period.end());
        if (end == null) {
            return Optional.empty();
        }
        List<Observation> used = new ArrayList<>();
        for (Best at = end; at.step() != null; at = best.get(at.from())) {
            used.addAll(at.step().observations());
        }
        return Optional.of(new Cover(end.cost(), used));
    }

    /** Time of the period neither an observation inside it nor coverage accounts for. */
    private static TimeSet uncovered(SeriesInputs in, List<Observation> inside) {
        TimeSet observed = TimeSet.of(inside.stream().map(Observation::window).toList());
        return TimeSet.of(in.period()).minus(observed).minus(in.coveredWithoutOtherData(List.of()));
    }

    private static String rule(SeriesInputs in, Optional<Observation> largest, Optional<Cover> cover) {
        String period = in.query().period().toString();
        String lower = largest.map(o -> "At least the largest count over a part of " + period + " ("
                        + EvidenceWording.figureFor(o.window(), in.zone()) + ", " + EvidenceWording.amount(o.value()) + ")")
                .orElse("At least zero, as no count lies inside " + period);
        String upper = cover.map(c -> "at most the smallest sum of counts that together cover the period without"
                        + " overlapping (" + c.observations().size() + " figure" + (c.observations().size() == 1 ? "" : "s")
                        + ", " + EvidenceWording.grouped(c.cost()) + "); people counted on several days are counted once.")
                .orElse("with no upper bound, as no set of counts covers the whole period.");
        return lower + ", and " + upper;
    }
}
