package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.adapter.file.csv.CsvNumbers;
import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.export.StoredTimes;
import dev.reckon.adapter.file.platform.DecimalMark;
import dev.reckon.adapter.file.platform.RowCells;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cells of the current row of a CrowdTangle file, read from the record's bytes where they have
 * the usual shape: a count of plain or comma-grouped digits, an empty count, a usual creation
 * time. Any other cell ({@code N/A}, {@code 1777.0}, {@code many}, a time the formatter must
 * read) goes to the shared {@link RowCells}, so that it is read, and a problem worded and
 * counted, just as every platform reader does. Reused from row to row; not thread-safe.
 */
final class PostCells {

    private final List<String> headers;
    private final ReportBuilder report;
    private final CreatedTimes times;
    private final DecimalMark mark;
    private CsvRecord record;
    /** The row read the shared way, made only for a row with an unusual cell. */
    private RowCells unusual;

    PostCells(List<String> headers, ReportBuilder report, CreatedTimes times, DecimalMark mark) {
        this.mark = Objects.requireNonNull(mark, "mark is null");
        this.headers = List.copyOf(headers);
        this.report = Objects.requireNonNull(report, "report is null");
        this.times = Objects.requireNonNull(times, "times is null");
    }

    /** Moves to {@code next}; a record cut short by the end of the file is a problem of its row. */
    void start(CsvRecord next) {
        record = Objects.requireNonNull(next, "next is null");
        unusual = null;
        if (record.unterminatedQuote()) {
            unusual().rowProblem("the file ends inside a quoted field that starts on this line");
        }
    }

    CsvRecord record() {
        return record;
    }

    long line() {
        return record.line();
    }

    /** The text of the cell in {@code column}, the empty string for a column the row lacks. */
    String text(int column) {
        return column >= 0 && column < record.size() ? record.get(column) : "";
    }

    /** True when a cell of the row had a problem. */
    boolean isFaulty() {
        return unusual != null && unusual.isFaulty();
    }

    /**
     * Puts the count in {@code column} into {@code into}, cleared first. False, with {@code into}
     * empty, when the cell has no value ({@code -}, empty) or one that is no count (a problem then).
     */
    boolean readCount(int column, CountSum into) {
        into.clear();
        // The quick way reads commas as thousands: with a decimal comma, "1,234" is no count.
        if (column < record.size() && mark == DecimalMark.POINT) {
            OptionalLong count = CsvNumbers.count(record, column);
            if (count.isPresent()) {
                into.add(count.getAsLong());
                return true;
            }
            if (record.isBlank(column)) {
                return false;
            }
        }
        Optional<BigDecimal> count = unusual().count(column);
        count.ifPresent(into::add);
        return count.isPresent();
    }

    /** When the post in {@code column} was created, or null when the cell holds no time (a problem then). */
    Created created(int column) {
        Created created = column < record.size() ? times.readUsual(record.get(column).strip()) : null;
        if (created == null) {
            created = unusual().parse(column, times::read, CreatedTimes.EXPECTED).orElse(null);
        }
        if (created != null && !StoredTimes.contains(created.day())) {
            unusual().problem(column, "expected " + CreatedTimes.EXPECTED + " " + StoredTimes.outside("but the day"));
            return null;
        }
        return created;
    }

    private RowCells unusual() {
        if (unusual == null) {
            unusual = new RowCells(record.line(), new Fields(record), headers, report, mark);
        }
        return unusual;
    }

    /** A record's fields as a list, decoded when asked for: an unusual row needs one or two of them. */
    private static final class Fields extends AbstractList<String> {
        private final CsvRecord record;

        Fields(CsvRecord record) {
            this.record = record;
        }

        @Override
        public String get(int index) {
            return record.get(index);
        }

        @Override
        public int size() {
            return record.size();
        }
    }
}
