package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.application.port.out.ExportInput;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way round a file writes the day and month of its slashed dates. Facebook and Meta write
 * the month first ({@code 8/19/2015}); a spreadsheet set to a day-first locale saves the same
 * column day first ({@code 19/08/2015}). {@code 06/12/2026} alone cannot say which, so the file's
 * other dates decide: a date whose first number is over 12 shows the day comes first. Without such
 * evidence the platform's own order holds; with evidence of both orders in one file, a date whose
 * day and month cannot be told apart is refused, never guessed.
 */
public enum DayMonthOrder {
    MONTH_FIRST,
    DAY_FIRST,
    MIXED;

    private static final Pattern SLASHED = Pattern.compile("\\s*(\\d{1,2})/(\\d{1,2})/\\d{4}.*", Pattern.DOTALL);
    private static final int MONTHS = 12;

    /**
     * The order of the dates in column {@code title}, found by reading the file once: the rows
     * after its {@code headerRows} header rows. A file without the column is taken month first.
     */
    public static DayMonthOrder of(ExportInput input, String title, int headerRows) throws IOException {
        int dayFirst = 0;
        int monthFirst = 0;
        try (ExportTable table = ExportTable.open(input)) {
            Optional<CsvRecord> header = table.next();
            int column = header.map(h -> ExportTable.columnOf(h.toList(), title)).orElse(-1);
            if (column < 0) {
                return MONTH_FIRST;
            }
            for (int i = 1; i < headerRows; i++) {
                table.next(); // a second header row holds descriptions, not dates
            }
            for (Optional<CsvRecord> row = table.next(); row.isPresent(); row = table.next()) {
                Matcher date = column < row.get().size() ? SLASHED.matcher(row.get().get(column)) : null;
                if (date != null && date.matches()) {
                    int first = Integer.parseInt(date.group(1));
                    int second = Integer.parseInt(date.group(2));
                    dayFirst += first > MONTHS && second <= MONTHS ? 1 : 0;
                    monthFirst += second > MONTHS && first <= MONTHS ? 1 : 0;
                }
            }
        }
        if (dayFirst == 0) {
            return MONTH_FIRST;
        }
        return monthFirst == 0 ? DAY_FIRST : MIXED;
    }

    /**
     * How to read a date in this order, given the readers of each: in a file of both orders, a date
     * is read in the order its numbers allow, and one they do not tell is refused.
     */
    public <T> Function<String, T> parser(Function<String, T> monthFirst, Function<String, T> dayFirst) {
        return switch (this) {
            case MONTH_FIRST -> monthFirst;
            case DAY_FIRST -> dayFirst;
            case MIXED -> text -> {
                Matcher date = SLASHED.matcher(text);
                if (!date.matches()) {
                    return monthFirst.apply(text);
                }
                int first = Integer.parseInt(date.group(1));
                int second = Integer.parseInt(date.group(2));
                if (first > MONTHS) {
                    return dayFirst.apply(text);
                }
                if (second > MONTHS || first == second) {
                    return monthFirst.apply(text);
                }
                throw new DateTimeException("day and month cannot be told apart");
            };
        };
    }

    /** What a refused cell was expected to be: the platform's example ({@code 8/19/2015}), or the same day first. */
    public String expected(String monthFirstExample, String dayFirstExample) {
        return switch (this) {
            case MONTH_FIRST -> "a date like " + monthFirstExample;
            case DAY_FIRST -> "a date like " + dayFirstExample + ", day first as the file's other dates";
            case MIXED -> "a date whose day and month can be told apart, like " + monthFirstExample + " or "
                    + dayFirstExample + " (the file writes some dates month first, others day first)";
        };
    }

    /** What the report says of the order, when it is not the platform's. */
    public Optional<String> note(String column) {
        return switch (this) {
            case MONTH_FIRST -> Optional.empty();
            case DAY_FIRST -> Optional.of("'" + column + "' dates are written day first, as a spreadsheet set to a"
                    + " day-first locale saves them, and are read so");
            case MIXED -> Optional.of("'" + column + "' dates are written both month first and day first: those"
                    + " whose day and month cannot be told apart (06/12/2026) are rejected");
        };
    }
}
