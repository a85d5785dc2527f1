package dev.reckon.adapter.file.canonical;

import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader gives, in order. */
final class RecordingSink implements ObservationSink {

    final List<Observation> observations = new ArrayList<>();
    final List<Coverage> coverage = new ArrayList<>();

    @Override
    public void accept(Observation observation) {
        observations.add(observation);
    }

    @Override
    public void cover(Coverage coverage) {
        this.coverage.add(coverage);
    }
}
