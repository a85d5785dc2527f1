package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.export.ImportTally;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.FigureSyntaxException;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the cells of a canonical row into an observation, or into problems naming the cell at
 * fault. Every cell is checked, so a row with two mistakes shows both. Rows of one file tend to
 * repeat their subject, platform, metric and dates, so the last value read in each column is kept
 * and reused when the next row has the same text. One per file; not thread-safe.
 */
final class CanonicalRowInterpreter {

    private final String source;
    private final ImportContext context;
    private final ImportTally tally;
    private final String knownMetrics;

    private final LastCell<Platform> platform = new LastCell<>(CanonicalColumn.PLATFORM);
    private final LastCell<Subject> subject = new LastCell<>(CanonicalColumn.SUBJECT);
    private final LastCell<String> metric = new LastCell<>(CanonicalColumn.METRIC);
    private final LastCell<Instant> from = new LastCell<>(CanonicalColumn.FROM);
    private final LastCell<Instant> to = new LastCell<>(CanonicalColumn.TO);
    private final LastCell<Segment> segment = new LastCell<>(CanonicalColumn.SEGMENT);
    private Platform subjectPlatform;
    private Window lastWindow;

    CanonicalRowInterpreter(String source, ImportContext context, ImportTally tally) {
        this.source = source;
        this.context = context;
        this.tally = tally;
        this.knownMetrics = context.catalogue().all().stream().map(Metric::id).collect(Collectors.joining(", "));
    }

    /** The row's observation, or empty when a cell is wrong (each wrong cell is a problem in the tally). */
    Optional<Observation> read(CanonicalCells cells, long line) {
        Platform platform = readPlatform(cells, line);
        Subject subject = platform == null ? null : readSubject(cells, line, platform);
        String metric = readMetric(cells, line);
        Window window = readWindow(cells, line);
        Segment segment = readSegment(cells, line);
        Value value = readValue(cells, line);
        if (tally.rowHasProblem()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(subject, platform, metric, window, segment, value.interval(),
                value.currency(), new Provenance(source, line, Optional.empty(), context.importId())));
    }

    private Platform readPlatform(CanonicalCells cells, long line) {
        if (platform.isSame(cells)) {
            return platform.value;
        }
        String text = cells.text(CanonicalColumn.PLATFORM);
        if (text.isEmpty() && context.platform().isPresent()) {
            return platform.remember(text, context.platform().get());
        }
        Optional<Platform> found = Platform.find(text);
        if (found.isEmpty()) {
            problem(cells, line, CanonicalColumn.PLATFORM, text.isEmpty() ? "the platform is empty: expected one of "
                    + Platform.allIds() : "unknown platform '" + text + "': expected one of " + Platform.allIds());
            return null;
        }
        return platform.remember(text, found.get());
    }

    private Subject readSubject(CanonicalCells cells, long line, Platform onPlatform) {
        if (onPlatform == subjectPlatform && subject.isSame(cells)) {
            return subject.value;
        }
        String text = cells.text(CanonicalColumn.SUBJECT);
        Optional<Subject> found = text.isEmpty() ? context.subject() : context.subjects().resolve(text, onPlatform);
        if (found.isEmpty()) {
            problem(cells, line, CanonicalColumn.SUBJECT, text.isEmpty()
                    ? "the subject is empty: expected one of the dossier's subjects (" + context.subjects().knownIds() + ")"
                    : "unknown subject '" + text + "': expected one of the dossier's subjects ("
                      + context.subjects().knownIds() + ") or an account the dossier gives them on " + onPlatform);
            return null;
        }
        subjectPlatform = onPlatform;
        return subject.remember(text, found.get());
    }

    private String readMetric(CanonicalCells cells, long line) {
        if (metric.isSame(cells)) {
            return metric.value;
        }
        String text = cells.text(CanonicalColumn.METRIC);
        if (!context.catalogue().contains(text)) {
            problem(cells, line, CanonicalColumn.METRIC, (text.isEmpty() ? "the metric is empty"
                    : "unknown metric '" + text + "'") + ": expected one of " + knownMetrics);
            return null;
        }
        return metric.remember(text, text);
    }

    private Window readWindow(CanonicalCells cells, long line) {
        Instant start = readInstant(cells, line, from, true);
        Instant end = readInstant(cells, line, to, false);
        if (start == null || end == null) {
            return null;
        }
        if (lastWindow != null && lastWindow.start().equals(start) && lastWindow.end().equals(end)) {
            return lastWindow;
        }
        // A date as 'to' ends after its day, so a day before 'from' gives start == end, not end < start.
        if (end.isBefore(start) || end.equals(start) && CanonicalTime.isDate(cells.text(CanonicalColumn.TO))) {
            problem(cells, line, CanonicalColumn.TO, "the window ends (" + cells.text(CanonicalColumn.TO)
                    + ") before it starts (" + cells.text(CanonicalColumn.FROM) + ")");
            return null;
        }
        lastWindow = new Window(start, end);
        return lastWindow;
    }

    private Instant readInstant(CanonicalCells cells, long line, LastCell<Instant> cell, boolean start) {
        if (cell.isSame(cells)) {
            return cell.value;
        }
        String text = cells.text(cell.column);
        if (text.isEmpty()) {
            problem(cells, line, cell.column, "the " + cell.column.header() + " date is empty");
            return null;
        }
        try {
            return cell.remember(text, start ? CanonicalTime.start(text, context.zone()) : CanonicalTime.end(text, context.zone()));
        } catch (DateTimeException e) {
            problem(cells, line, cell.column, e.getMessage());
            return null;
        }
    }

    private Segment readSegment(CanonicalCells cells, long line) {
        if (!cells.has(CanonicalColumn.SEGMENT)) {
            return Segment.TOTAL;
        }
        if (segment.isSame(cells)) {
            return segment.value;
        }
        String text = cells.text(CanonicalColumn.SEGMENT);
        try {
            return segment.remember(text, Segment.parse(text));
        } catch (IllegalArgumentException e) {
            problem(cells, line, CanonicalColumn.SEGMENT, e.getMessage());
            return null;
        }
    }

    /**
     * The value as a figure. A plain decimal is exact however it is written ({@code 1777.0},
     * {@code 0.25}): this is data, not prose. Anything else is read as a figure, so {@code 109k}
     * is an interval and {@code £12,189} carries its currency.
     */
    private Value readValue(CanonicalCells cells, long line) {
        String text = cells.text(CanonicalColumn.VALUE);
        if (text.isEmpty()) {
            problem(cells, line, CanonicalColumn.VALUE, "the value is empty");
            return null;
        }
        if (isPlainDecimal(text)) {
            return new Value(Interval.exactly(new BigDecimal(text)), Optional.empty());
        }
        try {
            Figure figure = Figure.parse(text);
            if (figure.qualifier().isPresent()) {
                problem(cells, line, CanonicalColumn.VALUE, "'" + text + "' says '" + figure.qualifier().get().phrases().get(0)
                        + "': a value must be a number or a figure, without words");
                return null;
            }
            return new Value(figure.interval(), figure.currency());
        } catch (FigureSyntaxException e) {
            problem(cells, line, CanonicalColumn.VALUE, "'" + text + "' is not a number or a figure such as 1777, 0.25,"
                    + " 109k or £12,189 (at character " + e.column() + ", " + e.reason() + ")");
            return null;
        }
    }

    static boolean isPlainDecimal(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digitsBefore = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i++) != '.') {
            return false;
        }
        int digitsAfter = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digitsAfter++;
        }
        return digitsAfter > 0 && i == text.length();
    }

    private void problem(CanonicalCells cells, long line, CanonicalColumn column, String reason) {
        tally.problem(line, cells.position(column), column.header(), reason);
    }

    private record Value(Interval interval, Optional<Currency> currency) {
    }

    /** The last text read in one column and what it meant. */
    private static final class LastCell<T> {
        private final CanonicalColumn column;
        private String text;
        private T value;

        LastCell(CanonicalColumn column) {
            this.column = column;
        }

        boolean isSame(CanonicalCells cells) {
            return text != null && cells.is(column, text);
        }

        T remember(String newText, T newValue) {
            text = newText;
            value = newValue;
            return newValue;
        }
    }
}
