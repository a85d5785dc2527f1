package dev.reckon.adapter.file.canonical;

import dev.reckon.domain.number.Amount;
import dev.reckon.adapter.file.csv.CsvFieldsCache;
import dev.reckon.adapter.file.csv.CsvNumbers;
import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.export.CoverageCollector;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the records of a canonical CSV file, or of a part of it, into a sink. A file names few
 * series and few windows, row after row, so the row's series (its subject, platform, metric and
 * segment) and its window (its two dates) are each found with one lookup of their bytes once met
 * in a good row, and the row goes straight to that series' sink; a whole-number value is read from
 * the bytes. A row whose series is new goes through every check of {@link CanonicalRowInterpreter},
 * and so does any cell not known to be good, so every row is checked as if it were the first.
 * One per part of a file; not thread-safe.
 */
final class CanonicalCsvRows {

    private final CanonicalCsvLayout layout;
    private final ReportBuilder tally;
    private final CanonicalRowInterpreter interpreter;
    private final ObservationSink sink;
    private final ObservationOrigin origin;
    private final CoverageCollector coverage;
    private final int valueField;
    private final CsvFieldsCache<SeriesOfRows> seriesByBytes;
    private final CsvFieldsCache<Window> windowsByBytes;
    /** In the order of each series' first accepted row. */
    private final Map<SeriesKey, SeriesOfRows> seriesByKey = new LinkedHashMap<>();

    /** @param windows the window objects of the file so far, shared with the rows of its other parts */
    CanonicalCsvRows(ExportInput input, CanonicalCsvLayout layout, ReportBuilder tally, ObservationSink sink,
                     CoverageCollector coverage, SharedWindows windows) {
        this.layout = Objects.requireNonNull(layout, "layout is null");
        this.tally = Objects.requireNonNull(tally, "tally is null");
        this.sink = Objects.requireNonNull(sink, "sink is null");
        this.coverage = Objects.requireNonNull(coverage, "coverage is null");
        this.interpreter = new CanonicalRowInterpreter(input.source(), input.context(), tally, windows);
        this.origin = new ObservationOrigin(input.source(), Optional.empty(), input.context().importId());
        this.valueField = layout.field(CanonicalColumn.VALUE);
        int subject = layout.field(CanonicalColumn.SUBJECT);
        int platform = layout.field(CanonicalColumn.PLATFORM);
        int metric = layout.field(CanonicalColumn.METRIC);
        int segment = layout.field(CanonicalColumn.SEGMENT);
        this.seriesByBytes = segment >= 0
                ? new CsvFieldsCache<>(subject, platform, metric, segment) : new CsvFieldsCache<>(subject, platform, metric);
        this.windowsByBytes = new CsvFieldsCache<>(layout.field(CanonicalColumn.FROM), layout.field(CanonicalColumn.TO));
    }

    /** Reads every record left in {@code csv}. */
    void readAll(CsvReader csv) throws IOException {
        while (csv.next()) {
            read(csv.record());
        }
    }

    /**
     * Reads the records of {@code csv} that start before {@code end} (an offset in its stream).
     * True when the next one starts exactly there: it is left unread, in {@code csv.record()}.
     * False once a record starting after {@code end} was read, or at the end of the text.
     */
    boolean readUntil(CsvReader csv, long end) throws IOException {
        while (csv.next()) {
            long offset = csv.recordOffset();
            if (offset == end) {
                return true;
            }
            read(csv.record());
            if (offset > end) {
                return false;
            }
        }
        return false;
    }

    /** Reads one record, counting it in the tally: accepted, or rejected with each of its problems. */
    void read(CsvRecord record) {
        tally.startRow();
        if (record.unterminatedQuote()) {
            tally.rowProblem(record.line(), "", "a quoted field opened on this line is never closed");
        } else if (record.size() != layout.width()) {
            tally.rowProblem(record.line(), "", "expected " + layout.width() + " columns ("
                    + layout.headers() + ") but found " + record.size());
        } else {
            readCells(record);
        }
        tally.endRow();
    }

    /** The series of the rows accepted so far, in the order of each one's first accepted row. */
    List<SeriesKey> series() {
        return List.copyOf(seriesByKey.keySet());
    }

    /**
     * Takes {@code observation} of {@code series}, read from a later part of the file whose lines
     * were numbered from 1 at line {@code lineOffset + 1}, as if its row had been read here.
     */
    void replay(SeriesKey series, Observation observation, long lineOffset) {
        seriesOf(series).accept(observation.window(), observation.amount(),
                observation.provenance().line().orElseThrow() + lineOffset);
    }

    private void readCells(CsvRecord record) {
        long line = record.line();
        SeriesOfRows series = seriesByBytes.find(record);
        if (series == null) {
            readNewSeries(record, line);
            return;
        }
        Window window = windowsByBytes.find(record);
        if (window == null) {
            window = interpreter.readWindow(new CanonicalCsvCells(layout, record), line);
            if (window != null) {
                windowsByBytes.remember(record, window);
            }
        }
        long whole = CsvNumbers.wholeNumberOr(record, valueField);
        if (whole != CsvNumbers.NOT_A_WHOLE_NUMBER) {
            if (window != null) {
                series.accept(window, whole, line);
            }
            return;
        }
        Amount value = interpreter.readValue(new CanonicalCsvCells(layout, record), line);
        if (window != null && value != null) {
            series.accept(window, value, line);
        }
    }

    private void readNewSeries(CsvRecord record, long line) {
        Optional<Observation> read = interpreter.read(new CanonicalCsvCells(layout, record), line);
        if (read.isEmpty()) {
            return;
        }
        Observation observation = read.get();
        SeriesOfRows series = seriesOf(observation.seriesKey());
        seriesByBytes.remember(record, series);
        windowsByBytes.remember(record, observation.window());
        series.accept(observation.window(), observation.amount(), line);
    }

    private SeriesOfRows seriesOf(SeriesKey key) {
        return seriesByKey.computeIfAbsent(key, k -> new SeriesOfRows(k, sink, origin, coverage));
    }
}
