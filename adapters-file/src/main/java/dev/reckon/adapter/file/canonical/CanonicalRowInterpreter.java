package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.text.NumberLimits;
import dev.reckon.adapter.file.text.Printable;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Turns the cells of a canonical row into an observation, or into problems naming the cell at
 * fault. Every cell is checked, so a row with two mistakes shows both. Rows of one file repeat
 * their subjects, platforms, metrics, segments and dates, so what each text of those columns meant
 * is remembered ({@link CellCache}). One per file; not thread-safe.
 */
final class CanonicalRowInterpreter {

    /** Why a value beyond {@link NumberLimits#RANGE} is rejected. */
    static final String OUT_OF_RANGE = "the value is outside the range Reckon reads: " + NumberLimits.RANGE;

    private final String source;
    private final ImportContext context;
    private final ReportBuilder tally;
    private final String knownMetrics;

    private final CellCache<Platform> platforms = new CellCache<>();
    private final Map<Platform, CellCache<Subject>> subjectsByPlatform = new EnumMap<>(Platform.class);
    private final CellCache<MetricId> metrics = new CellCache<>();
    private final CellCache<Instant> starts = new CellCache<>();
    private final CellCache<Instant> ends = new CellCache<>();
    private final CellCache<Segment> segments = new CellCache<>();
    private final SharedWindows windows;

    CanonicalRowInterpreter(String source, ImportContext context, ReportBuilder tally) {
        this(source, context, tally, new SharedWindows());
    }

    /** An interpreter of a part of a file, sharing {@code windows} with the interpreters of its other parts. */
    CanonicalRowInterpreter(String source, ImportContext context, ReportBuilder tally, SharedWindows windows) {
        this.windows = windows;
        this.source = source;
        this.context = context;
        this.tally = tally;
        this.knownMetrics = context.catalogue().all().stream().map(m -> m.id().value()).collect(Collectors.joining(", "));
        for (Platform platform : Platform.values()) {
            subjectsByPlatform.put(platform, new CellCache<>());
        }
    }

    /** The row's observation, or empty when a cell is wrong (each wrong cell is a problem in the tally). */
    Optional<Observation> read(CanonicalCells cells, long line) {
        Platform platform = platforms.read(cells.text(CanonicalColumn.PLATFORM), text -> platform(text, cells, line));
        Subject subject = platform == null ? null : subjectsByPlatform.get(platform).read(cells.text(CanonicalColumn.SUBJECT),
                text -> subject(text, platform, cells, line));
        MetricId metric = metrics.read(cells.text(CanonicalColumn.METRIC), text -> metric(text, cells, line));
        Window window = readWindow(cells, line);
        Segment segment = cells.has(CanonicalColumn.SEGMENT)
                ? segments.read(cells.text(CanonicalColumn.SEGMENT), text -> segment(text, cells, line)) : Segment.TOTAL;
        Amount value = readValue(cells, line);
        if (tally.rowHasProblem()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(subject, platform, metric, window, segment, value, 
                new Provenance(source, line, Optional.empty(), context.importId())));
    }

    private Platform platform(String text, CanonicalCells cells, long line) {
        if (text.isEmpty() && context.platform().isPresent()) {
            return context.platform().get();
        }
        Optional<Platform> found = Platform.find(text);
        if (found.isEmpty()) {
            problem(cells, line, CanonicalColumn.PLATFORM, (text.isEmpty() ? "the platform is empty"
                    : "unknown platform '" + Printable.shortened(text) + "'") + ": expected one of " + Platform.allIds());
            return null;
        }
        return found.get();
    }

    private Subject subject(String text, Platform platform, CanonicalCells cells, long line) {
        Optional<Subject> found = text.isEmpty() ? context.subject() : context.subjects().resolve(text, platform);
        if (found.isEmpty() && text.isEmpty()) {
            problem(cells, line, CanonicalColumn.SUBJECT,
                    "the subject is empty: expected one of the dossier's subjects (" + context.subjects().knownIds() + ")");
            return null;
        }
        if (found.isEmpty()) {
            // A file shared between dossiers holds other dossiers' subjects: one line per file says so.
            tally.subjectNotNamed(text, line, cells.position(CanonicalColumn.SUBJECT), context.subjects().knownIds());
            return null;
        }
        return found.get();
    }

    private MetricId metric(String text, CanonicalCells cells, long line) {
        Optional<Metric> found = context.catalogue().named(text);
        if (found.isEmpty()) {
            problem(cells, line, CanonicalColumn.METRIC, (text.isEmpty() ? "the metric is empty"
                    : "unknown metric '" + Printable.shortened(text) + "'") + ": expected one of " + knownMetrics);
            return null;
        }
        return found.get().id();
    }

    /** The row's window, or null when its dates are wrong (each wrong date is a problem in the tally). */
    Window readWindow(CanonicalCells cells, long line) {
        Instant start = starts.read(cells.text(CanonicalColumn.FROM), text -> instant(text, true, cells, line));
        Instant end = ends.read(cells.text(CanonicalColumn.TO), text -> instant(text, false, cells, line));
        if (start == null || end == null) {
            return null;
        }
        // A date as 'to' ends after its day, so a day before 'from' gives start == end, not end < start.
        if (end.isBefore(start) || end.equals(start) && CanonicalTime.isDate(cells.text(CanonicalColumn.TO))) {
            problem(cells, line, CanonicalColumn.TO, "the window ends (" + Printable.shortened(cells.text(CanonicalColumn.TO))
                    + ") before it starts (" + Printable.shortened(cells.text(CanonicalColumn.FROM)) + ")");
            return null;
        }
        return windows.shared(new Window(start, end));
    }

    private Instant instant(String text, boolean start, CanonicalCells cells, long line) {
        CanonicalColumn column = start ? CanonicalColumn.FROM : CanonicalColumn.TO;
        if (text.isEmpty()) {
            problem(cells, line, column, "the " + column.header() + " date is empty");
            return null;
        }
        try {
            return start ? CanonicalTime.start(text, context.dataZone()) : CanonicalTime.end(text, context.dataZone());
        } catch (DateTimeException e) {
            problem(cells, line, column, e.getMessage());
            return null;
        }
    }

    private Segment segment(String text, CanonicalCells cells, long line) {
        try {
            return Segment.parse(text);
        } catch (IllegalArgumentException e) {
            problem(cells, line, CanonicalColumn.SEGMENT, e.getMessage());
            return null;
        }
    }

    /**
     * The value as a figure. A plain decimal is exact however it is written ({@code 1777.0},
     * {@code 0.25}): this is data, not prose. Whole numbers, most values, are read without a
     * string. Anything else is read as a figure, so {@code 109k} is an interval and {@code £12,189}
     * carries its currency. Null when the value is wrong (a problem in the tally).
     */
    Amount readValue(CanonicalCells cells, long line) {
        OptionalLong whole = cells.wholeNumber(CanonicalColumn.VALUE);
        if (whole.isPresent()) {
            return Amount.exactly(whole.getAsLong());
        }
        String text = cells.text(CanonicalColumn.VALUE);
        if (text.isEmpty()) {
            problem(cells, line, CanonicalColumn.VALUE, "the value is empty");
            return null;
        }
        if (NumberLimits.isTooLong(text)) {
            problem(cells, line, CanonicalColumn.VALUE, "the value " + NumberLimits.tooLong(text.length()));
            return null;
        }
        Amount value = isPlainDecimal(text) ? Amount.of(Interval.exactly(new BigDecimal(text)))
                : figure(text, cells, line);
        if (value != null && !isInRange(value.interval())) {
            problem(cells, line, CanonicalColumn.VALUE, OUT_OF_RANGE);
            return null;
        }
        return value;
    }

    private Amount figure(String text, CanonicalCells cells, long line) {
        try {
            Figure figure = Figure.parse(text);
            if (figure.qualifier().isPresent()) {
                problem(cells, line, CanonicalColumn.VALUE, "'" + text + "' says '" + figure.qualifier().get().phrases().get(0)
                        + "': a value must be a number or a figure, without words");
                return null;
            }
            return figure.amount();
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
        OptionalInt position = cells.position(column);
        if (position.isPresent()) {
            tally.problem(line, position.getAsInt(), column.header(), reason);
        } else {
            tally.rowProblem(line, column.header(), reason);
        }
    }

    private static boolean isInRange(Interval interval) {
        return interval.lo().map(NumberLimits::inRange).orElse(true) && interval.hi().map(NumberLimits::inRange).orElse(true);
    }
}
