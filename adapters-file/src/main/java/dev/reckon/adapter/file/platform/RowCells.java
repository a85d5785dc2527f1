package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.export.StoredTimes;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One data row of an export, read cell by cell: every cell that cannot be read becomes a problem in
 * the report (line, column, header, reason) and marks the row as faulty, and reading goes on so
 * that one row reports all its bad cells at once.
 */
public final class RowCells {

    private final long line;
    private final List<String> fields;
    private final List<String> headers;
    private final ReportBuilder report;
    private final DecimalMark mark;
    private boolean faulty;
    /** Whether the row's one problem is already said, so that its cells, read as empty, add none. */
    private boolean silenced;

    public RowCells(long line, List<String> fields, List<String> headers, ReportBuilder report) {
        this(line, fields, headers, report, DecimalMark.POINT);
    }

    /**
     * A row that cannot be read at all, such as one the file ends in the middle of: its cells read
     * as empty without further problems, and {@code reason}, reported once, makes it faulty.
     */
    public static RowCells cutShort(long line, List<String> headers, ReportBuilder report, String reason) {
        RowCells row = new RowCells(line, List.of(), headers, report);
        row.rowProblem(reason);
        row.silenced = true;
        return row;
    }

    /** A row of a file whose numbers are written with {@code mark}. */
    public RowCells(long line, List<String> fields, List<String> headers, ReportBuilder report, DecimalMark mark) {
        this.mark = Objects.requireNonNull(mark, "mark is null");
        this.line = line;
        this.fields = Objects.requireNonNull(fields, "fields is null");
        this.headers = Objects.requireNonNull(headers, "headers is null");
        this.report = Objects.requireNonNull(report, "report is null");
    }

    public long line() {
        return line;
    }

    /** How the file writes the fraction of a number. */
    public DecimalMark decimalMark() {
        return mark;
    }

    public int size() {
        return fields.size();
    }

    /** The cell at a 0-based column, or the empty string past the end of a short row or for no column (-1). */
    public String text(int column) {
        return column >= 0 && column < fields.size() ? fields.get(column) : "";
    }

    /** A count; empty when the platform wrote no value, and empty with a problem when unreadable. */
    public Optional<BigDecimal> count(int column) {
        return number(column, NumberCells.count(text(column), mark));
    }

    /** A decimal number, negative allowed; empty when missing, and empty with a problem when unreadable. */
    public Optional<BigDecimal> decimal(int column) {
        return number(column, NumberCells.decimal(text(column), mark));
    }

    private Optional<BigDecimal> number(int column, CellReading reading) {
        if (reading instanceof CellReading.Value value) {
            return Optional.of(value.number());
        }
        if (reading instanceof CellReading.Invalid invalid) {
            problem(column, invalid.reason());
        }
        return Optional.empty();
    }

    /**
     * A date or time read by {@code parser}; {@code expected} shows the shape wanted, as in
     * {@code "a time like 2021-11-30 16:00 +0000"}.
     */
    public <T> Optional<T> parse(int column, Function<String, T> parser, String expected) {
        return parse(column, parser, expected, true);
    }

    /**
     * {@link #parse}, for a cell whose content must never be shown (a donor's data): a problem says
     * what was expected and where, never what was found.
     */
    public <T> Optional<T> parseUnquoted(int column, Function<String, T> parser, String expected) {
        return parse(column, parser, expected, false);
    }

    private <T> Optional<T> parse(int column, Function<String, T> parser, String expected, boolean quoted) {
        String raw = text(column).strip();
        if (raw.isEmpty()) {
            problem(column, "expected " + expected + " but the cell is empty");
            return Optional.empty();
        }
        try {
            T parsed = parser.apply(raw);
            if (parsed instanceof LocalDate day && !StoredTimes.contains(day)) {
                problem(column, "expected " + expected + " " + StoredTimes.outside("but the day"));
                return Optional.empty();
            }
            return Optional.of(parsed);
        } catch (DateTimeException | IllegalArgumentException e) {
            problem(column, "expected " + expected + (quoted ? " but found '" + NumberCells.shown(raw) + "'" : ""));
            return Optional.empty();
        }
    }

    /** Reports a problem with a cell (0-based column) and marks the row faulty. */
    public void problem(int column, String reason) {
        faulty = true;
        if (silenced) {
            return;
        }
        report.problem(line, column + 1, column < headers.size() ? headers.get(column) : "", reason);
    }

    /** Reports a problem with the row as a whole and marks it faulty. */
    public void rowProblem(String reason) {
        faulty = true;
        if (silenced) {
            return;
        }
        report.rowProblem(line, "", reason);
    }

    public boolean isFaulty() {
        return faulty;
    }
}
