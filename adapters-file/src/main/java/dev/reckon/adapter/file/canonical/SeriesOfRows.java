package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.export.CoverageCollector;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.SeriesSink;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.util.Objects;

/**
 * One series a file's rows name: where its observations go and what it covers. Both are asked for
 * at its first accepted row, so a series whose rows were all rejected leaves no trace.
 */
final class SeriesOfRows {

    private final SeriesKey key;
    private final ObservationSink sink;
    private final ObservationOrigin origin;
    private final CoverageCollector coverage;
    private SeriesSink observations;
    private CoverageCollector.SeriesCoverage covered;

    SeriesOfRows(SeriesKey key, ObservationSink sink, ObservationOrigin origin, CoverageCollector coverage) {
        this.key = Objects.requireNonNull(key, "key is null");
        this.sink = Objects.requireNonNull(sink, "sink is null");
        this.origin = Objects.requireNonNull(origin, "origin is null");
        this.coverage = Objects.requireNonNull(coverage, "coverage is null");
    }

    void accept(Window window, long value, long line) {
        open();
        observations.accept(window, value, line);
        covered.add(window);
    }

    void accept(Window window, Amount value, long line) {
        open();
        observations.accept(window, value, line);
        covered.add(window);
    }

    private void open() {
        if (observations == null) {
            observations = sink.series(key, origin);
            covered = coverage.series(key);
        }
    }
}
