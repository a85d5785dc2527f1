package dev.reckon.domain.series;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An additive metric over a period (docs/semantics.md#additive): the observation for exactly the period
 * wins; otherwise non-overlapping observations inside the period are summed, finest grain first,
 * coarser ones only where they overlap nothing already taken. Time that neither a taken
 * observation nor coverage accounts for leaves the upper bound open. Coverage counts as zero only
 * where no observation at all falls, so a figure left out never turns into a silent zero.
 */
final class AdditiveAggregation {

    private static final Comparator<Observation> FINEST_FIRST = Comparator
            .comparing((Observation o) -> o.window().duration())
            .thenComparing(o -> o.window().start());

    private AdditiveAggregation() {
    }

    static SeriesValue aggregate(SeriesInputs in) {
        List<Observation> inside = in.inside();
        Optional<Observation> exact = in.exactly();
        if (exact.isPresent()) {
            return exactWindow(in, exact.get(), inside);
        }
        List<Observation> chosen = finestFirst(inside);
        Set<Observation> taken = new HashSet<>(chosen);
        List<Observation> unused = inside.stream().filter(o -> !taken.contains(o)).toList();
        TimeSet accounted = TimeSet.of(chosen.stream().map(Observation::window).toList());
        TimeSet gaps = TimeSet.of(in.period()).minus(accounted).minus(in.coveredWithoutOtherData(chosen));
        Interval sum = SeriesInputs.sum(chosen);
        Interval value = gaps.isEmpty() ? sum : sum.withoutUpperBound();
        List<String> notes = new ArrayList<>();
        for (Observation coarse : unused) {
            disagreement(in, coarse, chosen, "the finer figures are used").ifPresent(notes::add);
        }
        notes.addAll(AcrossTheEdge.disagreements(in, chosen, (coarse, finer) -> disagreement(in, coarse, finer,
                "it reaches outside " + in.query().period() + ", so the finer figures are used")));
        return in.value(value, chosen, gaps, rule(in, chosen, gaps), List.of(), notes);
    }

    private static SeriesValue exactWindow(SeriesInputs in, Observation exact, List<Observation> inside) {
        List<Observation> finer = finestFirst(inside.stream().filter(o -> o != exact).toList());
        List<String> notes = disagreement(in, exact, finer, "the figure for the whole period is used")
                .map(List::of).orElse(List.of());
        String rule = "The figure for exactly " + in.query().period() + " is used (" + in.location(exact) + ").";
        return in.value(exact.value(), List.of(exact), TimeSet.EMPTY, rule, List.of(), notes);
    }

    /** Takes observations finest first, each only when it overlaps none taken before. */
    static List<Observation> finestFirst(List<Observation> candidates) {
        DisjointWindows taken = new DisjointWindows();
        List<Observation> chosen = new ArrayList<>();
        for (Observation candidate : candidates.stream().sorted(FINEST_FIRST).toList()) {
            if (taken.addIfDisjoint(candidate.window())) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    /**
     * When finer observations fill the whole window of a coarser one and add up to a different
     * value, says so: platforms correct their daily figures late, so grains often disagree.
     */
    private static Optional<String> disagreement(SeriesInputs in, Observation coarse, List<Observation> finer,
                                                 String resolution) {
        List<Observation> parts = finer.stream().filter(o -> coarse.window().contains(o.window())).toList();
        TimeSet filled = TimeSet.of(parts.stream().map(Observation::window).toList());
        if (parts.size() < 2 || !filled.covers(coarse.window())) {
            return Optional.empty();
        }
        Interval partsSum = SeriesInputs.sum(parts);
        if (partsSum.equals(coarse.value())) {
            return Optional.empty();
        }
        return Optional.of(EvidenceWording.figureFor(coarse.window(), in.zone()) + " is " + EvidenceWording.amount(coarse.value())
                + " (" + in.location(coarse) + "); the " + describeParts(in, parts) + " (" + EvidenceWording.sources(parts)
                + ") add up to " + EvidenceWording.amount(partsSum) + "; " + resolution);
    }

    private static String describeParts(SeriesInputs in, List<Observation> parts) {
        List<String> grains = parts.stream().map(o -> EvidenceWording.grain(o.window(), in.zone())).distinct().toList();
        String grain = grains.size() == 1 && !grains.get(0).isEmpty() ? grains.get(0) + " " : "";
        return parts.size() + " " + grain + "figures";
    }

    private static String rule(SeriesInputs in, List<Observation> chosen, TimeSet gaps) {
        String period = in.query().period().toString();
        String taken = chosen.isEmpty()
                ? "No figure lies inside " + period + "."
                : "Sum of " + chosen.size() + " figure" + (chosen.size() == 1 ? "" : "s") + " inside " + period
                        + ", finest grain first, never two that overlap.";
        if (gaps.isEmpty()) {
            return taken + " The rest of the period is covered by sources that declare it complete, so it counts zero.";
        }
        Duration missing = gaps.windows().stream().map(Window::duration).reduce(Duration.ZERO, Duration::plus);
        return taken + " " + describeGaps(gaps, missing) + " no source accounts for, so the value has no upper bound.";
    }

    private static String describeGaps(TimeSet gaps, Duration missing) {
        int count = gaps.windows().size();
        return (count == 1 ? "One stretch" : count + " stretches") + " of time (" + hours(missing) + " in all)";
    }

    private static String hours(Duration duration) {
        long hours = duration.toHours();
        if (hours % 24 == 0 && hours > 0) {
            return hours / 24 + (hours == 24 ? " day" : " days");
        }
        return hours + (hours == 1 ? " hour" : " hours");
    }
}
