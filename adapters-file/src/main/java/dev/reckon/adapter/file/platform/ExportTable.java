package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.csv.FieldSeparator;
import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.text.LineTooLongException;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.shared.ImportReport;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A platform export opened as CSV records, in whatever encoding the platform wrote it and with
 * whatever separator a spreadsheet saved it with ({@link FieldSeparator}), one record at a time.
 * Rows whose every cell is blank, as spreadsheets leave below a table, are passed over, and so is a
 * totals row a user added under the rows ({@link #isTotals}); a last row the file ends in the middle
 * of is a problem, never a row of short values.
 */
public final class ExportTable implements Closeable {

    private static final Set<String> TOTALS = Set.of("total", "totals", "grand total");

    private final TextEncoding encoding;
    private final FieldSeparator separator;
    private final CsvReader csv;
    /** Whether {@link #csv} holds a record read ahead to see whether the one before was the last. */
    private boolean readAhead;
    private long blankRows;
    private long rowsGiven;
    private long totalsLine;

    private ExportTable(TextEncoding encoding, FieldSeparator separator, CsvReader csv) {
        this.encoding = encoding;
        this.separator = separator;
        this.csv = csv;
    }

    public static ExportTable open(ExportInput input) throws IOException {
        TextEncoding encoding = TextDecoding.detect(input.opener());
        FieldSeparator separator = separatorOf(input);
        return new ExportTable(encoding, separator, CsvReader.open(input.opener(), encoding, separator.character()));
    }

    private static FieldSeparator separatorOf(ExportInput input) throws IOException {
        try {
            List<String> first = TextDecoding.firstLines(input.opener(), 1);
            return first.isEmpty() ? FieldSeparator.COMMA : FieldSeparator.of(first.get(0));
        } catch (LineTooLongException e) {
            // The reader refuses the line itself, naming it; a separator changes nothing to that.
            return FieldSeparator.COMMA;
        }
    }

    /** What a reader does with a table once its first record, the header, is read. */
    @FunctionalInterface
    public interface Body {
        void read(ExportTable table, List<String> headers, ReportBuilder report) throws IOException;
    }

    /**
     * Opens {@code input}, reads its first record as the header and hands the rest to {@code body}.
     * An empty file, or one without every column of {@code required} (lower-case names; a file read
     * in a format its dossier entry forces may be another kind of file), is a problem in the report
     * and nothing is read.
     */
    public static ImportReport read(ExportInput input, String format, List<String> required, Body body)
            throws IOException {
        try (ExportTable table = open(input)) {
            ReportBuilder report = new ReportBuilder(input.source(), format, table.encodingLabel());
            Optional<List<String>> headers = table.next().map(CsvRecord::toList);
            if (headers.isEmpty()) {
                report.fileProblem("the file is empty");
                return report.build();
            }
            List<String> names = headers.get().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            Optional<String> missing = required.stream().filter(name -> !names.contains(name)).findFirst();
            if (missing.isPresent()) {
                report.fileProblem("the file has no '" + missing.get() + "' column, which a " + format
                        + " export has: it seems to be another kind of file");
                return report.build();
            }
            if (table.separator != FieldSeparator.COMMA) {
                report.note("fields are separated by " + table.separator.plural()
                        + (table.decimalMark() == DecimalMark.COMMA ? ", and numbers written with a decimal comma (1.234,5)"
                        : "") + ", as a spreadsheet saves them");
            }
            body.read(table, headers.get(), report);
            if (table.totalsLine > 0) {
                report.note("line " + table.totalsLine + " is a totals row, added under the data: not read, since"
                        + " the rows above it are");
            }
            if (table.blankRows > 0) {
                report.note(table.blankRows + (table.blankRows == 1 ? " row" : " rows") + " with every cell blank"
                        + " passed over");
            }
            return report.build();
        }
    }

    /** Gives every remaining record to {@code rows}, as cells under {@code headers}. */
    public void forEachRow(List<String> headers, ReportBuilder report, Consumer<RowCells> rows) throws IOException {
        for (Optional<RowCells> row = nextRow(headers, report); row.isPresent(); row = nextRow(headers, report)) {
            rows.accept(row.get());
        }
    }

    /** What the report says the file's encoding was. */
    public String encodingLabel() {
        return encoding.label();
    }

    /** How the file writes the fraction of a number, which its separator tells. */
    public DecimalMark decimalMark() {
        return DecimalMark.of(separator);
    }

    /** The next record's fields, or empty at the end of the file. */
    public Optional<CsvRecord> next() throws IOException {
        return advance() ? Optional.of(csv.record()) : Optional.empty();
    }

    private boolean advance() throws IOException {
        if (readAhead) {
            readAhead = false;
            return true;
        }
        return csv.next();
    }

    /**
     * The next record that is neither blank nor a totals row, for a reader that takes records as
     * they are, without a row of cells each. Without reading ahead, a totals row is told by a blank
     * cell in {@code timeColumn}, where every row of data has its time.
     */
    public Optional<CsvRecord> nextDataRecord(int timeColumn) throws IOException {
        while (advance()) {
            CsvRecord record = csv.record();
            if (isBlank(record)) {
                blankRows++;
            } else if ((timeColumn >= record.size() || record.isBlank(timeColumn)) && isTotals(record.toList())) {
                totalsLine = record.line();
            } else {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /**
     * The next record as a second header row ({@code what}, such as "second header row, the
     * descriptions"); empty, with a problem, when the file ends before it or in the middle of it.
     */
    public Optional<List<String>> nextHeaderRow(List<String> titles, String what, ReportBuilder report)
            throws IOException {
        if (!advance()) {
            report.fileProblem("the file ends before its " + what);
            return Optional.empty();
        }
        CsvRecord record = csv.record();
        List<String> fields = record.toList();
        boolean insideQuotes = record.unterminatedQuote();
        readAhead = csv.next();
        if (insideQuotes || !readAhead && fields.size() < titles.size()) {
            report.fileProblem("the file ends in the middle of its " + what + ": it seems cut short (download it"
                    + " again)");
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    /**
     * The next record that is not blank, as a row of cells. A record the file ends in the middle of
     * (inside a quoted field, or short of the header's columns on the last line) is a download cut
     * short: its cells are not read, since the last of them may be cut too, and it says so.
     */
    public Optional<RowCells> nextRow(List<String> headers, ReportBuilder report) throws IOException {
        while (advance()) {
            CsvRecord record = csv.record();
            if (isBlank(record)) {
                blankRows++;
                continue;
            }
            long line = record.line();
            List<String> fields = record.toList();
            boolean insideQuotes = record.unterminatedQuote();
            readAhead = csv.next();
            while (readAhead && isBlank(csv.record())) {
                // Blank rows under a totals row leave it the last row.
                blankRows++;
                readAhead = csv.next();
            }
            if (!readAhead && rowsGiven > 0 && isTotals(fields)) {
                totalsLine = line;
                return Optional.empty();
            }
            rowsGiven++;
            if (insideQuotes) {
                return Optional.of(RowCells.cutShort(line, headers, report, "the file ends inside a quoted field that"
                        + " starts on this line: it seems cut short, so nothing of this row is read (download it again)"));
            }
            if (!readAhead && fields.size() < headers.size()) {
                return Optional.of(RowCells.cutShort(line, headers, report, "the file ends in the middle of this row,"
                        + " after " + fields.size() + " of its " + headers.size() + " columns: it seems cut short, so"
                        + " nothing of this row is read (download it again)"));
            }
            return Optional.of(new RowCells(line, fields, headers, report, decimalMark()));
        }
        return Optional.empty();
    }

    /**
     * Whether a row is a totals row: its first cell that is not blank says {@code Total},
     * {@code Totals} or {@code Grand total}. Only the last of several rows is taken for one, so a
     * format whose first row is its total (YouTube's table) keeps it.
     */
    static boolean isTotals(List<String> fields) {
        for (String field : fields) {
            if (!field.isBlank()) {
                return TOTALS.contains(field.strip().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static boolean isBlank(CsvRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.isBlank(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** The fields of one line of a header, as recognition sees it. */
    public static List<String> fields(String line) {
        try (CsvReader reader = new CsvReader(new StringReader(line))) {
            return reader.next() ? reader.record().toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /**
     * Whether the header's first line has every one of {@code required} (lower case) among its
     * columns; the refusal says so in {@code why}.
     */
    public static Recognition hasColumns(ExportHeader header, List<String> required, String why) {
        return names(header.firstLine()).containsAll(required) ? Recognition.yes() : Recognition.no(why);
    }

    /** The 0-based index of the first header equal to {@code name} without case or spaces around, or -1. */
    public static int columnOf(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The fields of a header line, trimmed and in lower case, for comparing names. */
    public static List<String> names(String line) {
        return fields(line).stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
