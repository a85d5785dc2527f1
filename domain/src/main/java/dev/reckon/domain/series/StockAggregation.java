package dev.reckon.domain.series;

import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A level such as followers over a period (docs/semantics.md#stock): the latest observation whose window
 * ends at or before the period's end. A value recorded after the period never leaks in; a value
 * recorded before the period began is used, with a note saying how old it is.
 */
final class StockAggregation {

    /** Latest end first; of two ending together, the one that started later measured more recently. */
    private static final Comparator<Observation> MOST_RECENT =
            Comparator.comparing((Observation o) -> o.window().end()).thenComparing(o -> o.window().start());

    private StockAggregation() {
    }

    static SeriesValue aggregate(SeriesInputs in) {
        Window period = in.period();
        Optional<Observation> latest = in.observations().stream()
                .filter(o -> !o.window().end().isAfter(period.end()))
                .max(MOST_RECENT);
        if (latest.isEmpty()) {
            boolean onlyLater = !in.observations().isEmpty();
            return SeriesValue.missing(in.query(), "No " + in.query().metric() + " level was recorded at or before"
                    + " the end of " + in.query().period() + (onlyLater ? "; values recorded after it are not used." : "."));
        }
        Observation used = latest.get();
        List<String> notes = new ArrayList<>();
        if (used.window().end().isBefore(period.start())) {
            notes.add("the latest level, for " + EvidenceWording.window(used.window(), in.zone())
                    + ", was recorded before " + in.query().period() + " began");
        } else if (used.window().end().isBefore(period.end())) {
            notes.add("the latest level, for " + EvidenceWording.window(used.window(), in.zone())
                    + ", was recorded before the end of " + in.query().period());
        }
        String rule = "The level at the end of " + in.query().period() + ": the latest value recorded at or before it, "
                + EvidenceWording.amount(used.value()) + " for " + EvidenceWording.window(used.window(), in.zone())
                + " (" + in.location(used) + ").";
        return in.value(used.value(), List.of(used), TimeSet.EMPTY, rule, notes);
    }
}
