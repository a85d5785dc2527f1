package dev.reckon.adapter.file.canonical;

import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.columnar.ObservationBuffer;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.util.Objects;

/**
 * The sink a reader working ahead of the store writes into: it holds what it is given in an
 * {@link ObservationBuffer}, series by series in columns, until the store is ready for it.
 *
 * <p>The in-memory store of the application's test fixtures puts a write's series into a buffer
 * with the same few lines: deliberately, since the buffer's library knows no port, and a port that
 * knew the library only to share them would tie what the application needs to how one store keeps it.
 */
final class HeldObservations implements ObservationSink {

    private final ObservationBuffer buffer;

    HeldObservations(ObservationBuffer buffer) {
        this.buffer = Objects.requireNonNull(buffer, "buffer is null");
    }

    @Override
    public void accept(Observation observation) {
        buffer.accept(observation);
    }

    @Override
    public void cover(Coverage coverage) {
        buffer.cover(coverage);
    }

    @Override
    public SeriesSink series(SeriesKey series, ObservationOrigin origin) {
        ObservationBuffer.ColumnsOfSeries columns = buffer.series(series, origin.source(), origin.exportedAt(),
                origin.importId());
        return new SeriesSink() {
            @Override
            public void accept(Window window, long value, long line) {
                columns.accept(window, value, line);
            }

            @Override
            public void accept(Window window, Amount value, long line) {
                columns.accept(window, value, line);
            }
        };
    }
}
