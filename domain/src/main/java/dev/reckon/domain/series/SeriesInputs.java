package dev.reckon.domain.series;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one aggregation works from: the query, the observations left after deduplication, the
 * coverage, and the revisions deduplication found (values given twice, which are disagreements
 * of the series where the revised figure lies in its period or is one its value rests on).
 */
record SeriesInputs(SeriesQuery query, List<Observation> observations, List<Coverage> coverage,
                    List<Deduplication.Revision> revisions, Optional<Currency> currency) {

    SeriesInputs {
        observations = List.copyOf(observations);
        coverage = List.copyOf(coverage);
        revisions = List.copyOf(revisions);
    }

    Window period() {
        return query.period().window();
    }

    ZoneId zone() {
        return query.period().zone();
    }

    /** Observations whose windows lie wholly inside the period. */
    List<Observation> inside() {
        return observations.stream().filter(o -> period().contains(o.window())).toList();
    }

    /** The observation whose window is exactly the period, if there is one (after deduplication, at most one). */
    Optional<Observation> exactly() {
        return observations.stream().filter(o -> o.window().equals(period())).findFirst();
    }

    /** Time that coverage declares complete and where no observation other than {@code counted} falls. */
    TimeSet coveredWithoutOtherData(List<Observation> counted) {
        Set<Observation> countedSet = new HashSet<>(counted);
        List<Window> otherData = observations.stream().filter(o -> !countedSet.contains(o))
                .map(Observation::window).toList();
        TimeSet covered = TimeSet.of(coverage.stream().map(Coverage::window).toList());
        return covered.minus(TimeSet.of(otherData));
    }

    SeriesValue value(Interval value, List<Observation> used, TimeSet gaps, String rule, List<String> moreNotes) {
        return value(value, used, gaps, rule, moreNotes, List.of());
    }

    /** {@code moreDisagreements} are notes too, and join the disagreements deduplication found. */
    SeriesValue value(Interval value, List<Observation> used, TimeSet gaps, String rule, List<String> moreNotes,
                      List<String> moreDisagreements) {
        List<String> revised = revisionsOf(used);
        List<String> allNotes = new ArrayList<>(revised);
        allNotes.addAll(moreNotes);
        allNotes.addAll(moreDisagreements);
        List<String> disagreements = new ArrayList<>(revised);
        disagreements.addAll(moreDisagreements);
        List<Observation> inTimeOrder = used.stream().sorted(Comparator.comparing(Observation::window)).toList();
        return new SeriesValue(query, SeriesStatus.VALUE, value, currency, inTimeOrder, gaps.windows(), rule,
                allNotes, disagreements);
    }

    /**
     * The notes of the revisions of figures in the period or behind the value ({@code used}, which
     * holds a level recorded before the period): a figure revised elsewhere is no evidence of it.
     */
    private List<String> revisionsOf(List<Observation> used) {
        Set<Observation> usedSet = new HashSet<>(used);
        return revisions.stream()
                .filter(r -> usedSet.contains(r.kept()) || r.kept().window().overlaps(period()))
                .map(Deduplication.Revision::note).toList();
    }

    String location(Observation observation) {
        return observation.provenance().location();
    }

    static Interval sum(List<Observation> observations) {
        Interval total = Interval.ZERO;
        for (Observation observation : observations) {
            total = total.plus(observation.value());
        }
        return total;
    }
}
