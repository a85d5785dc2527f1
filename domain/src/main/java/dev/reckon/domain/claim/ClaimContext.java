package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Subject;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What names in a check may refer to: the metric catalogue, the dossier's subjects and periods. */
public record ClaimContext(MetricCatalogue catalogue, Set<Subject> subjects, Map<String, Period> periods) {

    public ClaimContext {
        Objects.requireNonNull(catalogue, "catalogue is null");
        subjects = Set.copyOf(subjects);
        periods = Map.copyOf(periods);
    }

    /** A context with the built-in catalogue and no subjects or periods: enough for pure arithmetic. */
    public static ClaimContext arithmeticOnly() {
        return new ClaimContext(MetricCatalogue.builtIn(), Set.of(), Map.of());
    }
}
