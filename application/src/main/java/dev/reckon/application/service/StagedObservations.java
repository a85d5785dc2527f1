package dev.reckon.application.service;

import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds one file's observations until its reader has finished: the store wants the file's record,
 * with its row counts, before the first observation is written.
 */
final class StagedObservations implements ObservationSink {

    private final List<Observation> observations = new ArrayList<>();
    private final List<Coverage> coverage = new ArrayList<>();

    @Override
    public void accept(Observation observation) {
        observations.add(observation);
    }

    @Override
    public void cover(Coverage window) {
        coverage.add(window);
    }

    void replayInto(ObservationSink sink) {
        observations.forEach(sink::accept);
        coverage.forEach(sink::cover);
    }

    /** The segment keys the observations use ({@code town}), in name order. */
    Set<String> segmentKeys() {
        Set<String> keys = new TreeSet<>();
        for (Observation observation : observations) {
            if (!observation.segment().isTotal()) {
                keys.add(observation.segment().key());
            }
        }
        return keys;
    }
}
