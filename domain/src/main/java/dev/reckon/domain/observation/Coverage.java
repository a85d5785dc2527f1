package dev.reckon.domain.observation;

import java.util.Objects;

/**
 * A source's statement that it is complete for a series over a window: inside it, time without
 * observations counts zero rather than unknown.
 */
public record Coverage(SeriesKey series, Window window, String source) {

    public Coverage {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(window, "window is null");
        Objects.requireNonNull(source, "source is null");
    }
}
