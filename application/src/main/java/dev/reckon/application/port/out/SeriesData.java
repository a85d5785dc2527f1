package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import java.util.List;

/** The observations and coverage a store holds for one series key. */
public record SeriesData(List<Observation> observations, List<Coverage> coverage) {

    public SeriesData {
        observations = List.copyOf(observations);
        coverage = List.copyOf(coverage);
    }
}
