package dev.reckon.domain.observation;

import java.util.Objects;

/** The identity of an observation: importing the same key twice changes nothing. */
public record ObservationKey(SeriesKey series, Window window) {

    public ObservationKey {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(window, "window is null");
    }
}
