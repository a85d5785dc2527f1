package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.csv.CsvFieldsCache;
import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.export.CoverageCollector;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the records of one canonical CSV file into its sink. A file names few series and few
 * windows, row after row, so the row's series (its subject, platform, metric and segment) and its
 * window (its two dates) are each found with one lookup of their bytes once met in a good row,
 * and the row goes straight to that series' sink; a whole-number value is read from the bytes. A
 * row whose series is new goes through every check of {@link CanonicalRowInterpreter}, and so does
 * any cell not known to be good, so every row is checked as if it were the first.
 */
final class CanonicalCsvRows {

    private final CanonicalRowInterpreter interpreter;
    private final ObservationSink sink;
    private final ObservationOrigin origin;
    private final CoverageCollector coverage;
    private final CanonicalCells cells;
    private final int valueField;
    private final CsvFieldsCache<SeriesOfRows> seriesByBytes;
    private final CsvFieldsCache<Window> windowsByBytes;
    private final Map<SeriesKey, SeriesOfRows> seriesByKey = new HashMap<>();

    /**
     * @param fields where each canonical column is in a record, by {@link CanonicalColumn#ordinal()}, -1 when absent
     * @param cells  the cells of the record being read, for the interpreter
     */
    CanonicalCsvRows(CanonicalRowInterpreter interpreter, int[] fields, CanonicalCells cells, ObservationSink sink,
                     ObservationOrigin origin, CoverageCollector coverage) {
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter is null");
        this.cells = Objects.requireNonNull(cells, "cells is null");
        this.sink = Objects.requireNonNull(sink, "sink is null");
        this.origin = Objects.requireNonNull(origin, "origin is null");
        this.coverage = Objects.requireNonNull(coverage, "coverage is null");
        this.valueField = fields[CanonicalColumn.VALUE.ordinal()];
        int segment = fields[CanonicalColumn.SEGMENT.ordinal()];
        int subject = fields[CanonicalColumn.SUBJECT.ordinal()];
        int platform = fields[CanonicalColumn.PLATFORM.ordinal()];
        int metric = fields[CanonicalColumn.METRIC.ordinal()];
        this.seriesByBytes = segment >= 0
                ? new CsvFieldsCache<>(subject, platform, metric, segment) : new CsvFieldsCache<>(subject, platform, metric);
        this.windowsByBytes = new CsvFieldsCache<>(fields[CanonicalColumn.FROM.ordinal()], fields[CanonicalColumn.TO.ordinal()]);
    }

    /** Reads {@code record}, which has the header's width; a wrong cell is a problem in the interpreter's tally. */
    void read(CsvRecord record) {
        long line = record.line();
        SeriesOfRows series = seriesByBytes.find(record);
        if (series == null) {
            readNewSeries(record, line);
            return;
        }
        Window window = windowsByBytes.find(record);
        if (window == null) {
            window = interpreter.readWindow(cells, line);
            if (window != null) {
                windowsByBytes.remember(record, window);
            }
        }
        OptionalLong whole = record.trimmedLong(valueField);
        if (whole.isPresent()) {
            if (window != null) {
                series.accept(window, whole.getAsLong(), line);
            }
            return;
        }
        CanonicalRowInterpreter.Value value = interpreter.readValue(cells, line);
        if (window != null && value != null) {
            series.accept(window, value.interval(), value.currency(), line);
        }
    }

    private void readNewSeries(CsvRecord record, long line) {
        Optional<Observation> read = interpreter.read(cells, line);
        if (read.isEmpty()) {
            return;
        }
        Observation observation = read.get();
        SeriesOfRows series = seriesByKey.computeIfAbsent(observation.seriesKey(),
                key -> new SeriesOfRows(key, sink, origin, coverage));
        seriesByBytes.remember(record, series);
        windowsByBytes.remember(record, observation.window());
        series.accept(observation.window(), observation.value(), observation.currency(), line);
    }
}
