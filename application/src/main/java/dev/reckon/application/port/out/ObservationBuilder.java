package dev.reckon.application.port.out;

import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.util.Objects;

/** The series sink of a sink that only knows whole observations: it builds each one and hands it on. */
final class ObservationBuilder implements SeriesSink {

    private final ObservationSink sink;
    private final SeriesKey series;
    private final ObservationOrigin origin;

    ObservationBuilder(ObservationSink sink, SeriesKey series, ObservationOrigin origin) {
        this.sink = Objects.requireNonNull(sink, "sink is null");
        this.series = Objects.requireNonNull(series, "series is null");
        this.origin = Objects.requireNonNull(origin, "origin is null");
    }

    @Override
    public void accept(Window window, long value, long line) {
        accept(window, Amount.exactly(value), line);
    }

    @Override
    public void accept(Window window, Amount value, long line) {
        sink.accept(new Observation(series.subject(), series.platform(), series.metric(), window, series.segment(),
                value, origin.at(line)));
    }
}
