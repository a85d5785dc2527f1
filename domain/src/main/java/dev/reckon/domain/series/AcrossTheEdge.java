package dev.reckon.domain.series;

import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Coarser figures across an edge of a period (a 28-day figure for 16 January to 12 February, for a
 * claim about January) that disagree with the finer figures of their own days, some of which the
 * value rests on: the platform's own figures then say those days may be wrong, which a claim
 * about them must show. A figure whose window holds the whole period (the week of a claimed day)
 * is left out: every day of a page export lies in a dozen such windows, and naming them all would
 * bury the sentence. The first two are named, the rest counted.
 */
final class AcrossTheEdge {

    private static final int NAMED = 2;

    private AcrossTheEdge() {
    }

    /**
     * @param restsOn   the figures the value rests on; a coarser figure is looked at only when it holds one of them
     * @param disagreement the note for a coarser figure and the finer figures filling its window, when they disagree
     */
    static List<String> disagreements(SeriesInputs in, List<Observation> restsOn,
                                      BiFunction<Observation, List<Observation>, Optional<String>> disagreement) {
        Window period = in.period();
        List<Observation> coarser = in.observations().stream()
                .filter(o -> o.window().overlaps(period) && !period.contains(o.window()) && !o.window().contains(period))
                .filter(o -> restsOn.stream().anyMatch(r -> o.window().contains(r.window()) && !r.window().equals(o.window())))
                .sorted(Comparator.comparing((Observation o) -> o.window().start()).thenComparing(o -> o.window().end()))
                .toList();
        List<String> named = new ArrayList<>();
        int more = 0;
        for (Observation coarse : coarser) {
            List<Observation> finer = AdditiveAggregation.finestFirst(in.observations().stream()
                    .filter(o -> coarse.window().contains(o.window()) && o.window().duration().compareTo(coarse.window().duration()) < 0)
                    .toList());
            Optional<String> note = disagreement.apply(coarse, finer);
            if (note.isPresent() && named.size() < NAMED) {
                named.add(note.get());
            } else if (note.isPresent()) {
                more++;
            }
        }
        if (more > 0) {
            named.add(more + " more figure" + (more == 1 ? "" : "s") + " reaching outside " + in.query().period()
                    + (more == 1 ? " disagrees with the finer figures of its days" : " disagree with the finer figures of their days"));
        }
        return named;
    }
}
