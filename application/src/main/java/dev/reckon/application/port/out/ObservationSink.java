package dev.reckon.application.port.out;

import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;

/** Where readers put what they read, one observation or coverage window at a time. */
public interface ObservationSink {

    void accept(Observation observation);

    void cover(Coverage coverage);
}
