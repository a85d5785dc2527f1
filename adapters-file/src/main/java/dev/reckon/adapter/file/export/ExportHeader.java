package dev.reckon.adapter.file.export;

import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.csv.FieldSeparator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The start of a file, enough to tell its format: its name and its first lines, already decoded,
 * without byte order mark or line ends. A line may end inside a quoted field; readers that care
 * parse the lines themselves. Lines are comma-separated: {@link #of} rewrites a file a spreadsheet
 * saved with semicolons or tabs, so that readers recognise it as they recognise the platform's own.
 *
 * @param fileName the file's name without folders ({@code tweet_activity_metrics_jeremycorbyn_....csv})
 * @param lines     up to {@link #MAX_LINES} first lines
 * @param separator the separator the file itself uses, before {@link #of} rewrote its lines with commas
 */
public record ExportHeader(String fileName, List<String> lines, FieldSeparator separator) {

    public static final int MAX_LINES = 8;

    public ExportHeader {
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(separator, "separator is null");
        lines = List.copyOf(lines);
    }

    /** The header of a comma-separated file. */
    public ExportHeader(String fileName, List<String> lines) {
        this(fileName, lines, FieldSeparator.COMMA);
    }

    /**
     * The header of a file whose first lines are {@code lines}, as they are written: separated by
     * commas, or by the semicolons or tabs ({@link FieldSeparator#of}) rewritten as commas. A
     * {@code sep=;} line becomes {@code sep=,}.
     */
    public static ExportHeader of(String fileName, List<String> lines) {
        FieldSeparator separator = lines.isEmpty() ? FieldSeparator.COMMA : FieldSeparator.of(lines.get(0));
        if (separator == FieldSeparator.COMMA) {
            return new ExportHeader(fileName, lines);
        }
        return new ExportHeader(fileName, lines.stream()
                .map(line -> FieldSeparator.named(line).isPresent() ? "sep=," : commaSeparated(line, separator))
                .toList(), separator);
    }

    private static String commaSeparated(String line, FieldSeparator separator) {
        try (CsvReader reader = new CsvReader(new StringReader(line), separator.character())) {
            return reader.next() ? reader.record().toList().stream().map(ExportHeader::quoted)
                    .collect(Collectors.joining(",")) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private static String quoted(String field) {
        return field.indexOf(',') < 0 && field.indexOf('"') < 0 ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    /** The first line, or the empty string for an empty file. */
    public String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
