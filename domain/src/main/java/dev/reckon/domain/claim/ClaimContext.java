package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Subject;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What names in a check may refer to.
 *
 * @param catalogue   the metrics
 * @param subjects    the dossier's subjects, each with the name people know it by ("Jeremy Corbyn")
 * @param periods     the dossier's periods by name
 * @param segmentKeys the segment keys the data holds ({@code town}, {@code country})
 */
public record ClaimContext(MetricCatalogue catalogue, Map<Subject, String> subjects, Map<String, Period> periods,
                           Set<String> segmentKeys) {

    public ClaimContext {
        Objects.requireNonNull(catalogue, "catalogue is null");
        subjects = Map.copyOf(subjects);
        periods = Map.copyOf(periods);
        segmentKeys = Set.copyOf(segmentKeys);
    }

    /** A context with the built-in catalogue and no subjects or periods: enough for pure arithmetic. */
    public static ClaimContext arithmeticOnly() {
        return new ClaimContext(MetricCatalogue.builtIn(), Map.of(), Map.of(), Set.of());
    }
}
