package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
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
import java.util.function.Consumer;

/**
 * A platform export opened as CSV records, in whatever encoding the platform wrote it, one record
 * at a time.
 */
public final class ExportTable implements Closeable {

    private final TextEncoding encoding;
    private final CsvReader csv;

    private ExportTable(TextEncoding encoding, CsvReader csv) {
        this.encoding = encoding;
        this.csv = csv;
    }

    public static ExportTable open(ExportInput input) throws IOException {
        TextEncoding encoding = TextDecoding.detect(input.opener());
        return new ExportTable(encoding, CsvReader.open(input.opener(), encoding));
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
            body.read(table, headers.get(), report);
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

    /** The next record's fields, or empty at the end of the file. */
    public Optional<CsvRecord> next() throws IOException {
        return csv.next() ? Optional.of(csv.record()) : Optional.empty();
    }

    /**
     * The next record as a row of cells; a record cut short by the end of the file inside a quoted
     * field is reported, since its last field may have swallowed the lines after it.
     */
    public Optional<RowCells> nextRow(List<String> headers, ReportBuilder report) throws IOException {
        if (!csv.next()) {
            return Optional.empty();
        }
        CsvRecord record = csv.record();
        RowCells row = new RowCells(record.line(), record.toList(), headers, report);
        if (record.unterminatedQuote()) {
            row.rowProblem("the file ends inside a quoted field that starts on this line");
        }
        return Optional.of(row);
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
