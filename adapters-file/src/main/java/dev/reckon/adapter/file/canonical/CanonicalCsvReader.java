package dev.reckon.adapter.file.canonical;

import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.export.CoverageCollector;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.out.ExportHeader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ExportReader;
import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.ObservationOrigin;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.Recognition;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads Reckon's canonical observation CSV: the header {@code subject,platform,metric,from,to,segment,value},
 * in any order, with an optional {@code source} column (docs/canonical-format.md). A bad row is a
 * problem in the report and never stops the others.
 */
public final class CanonicalCsvReader implements ExportReader {

    public static final String FORMAT = "canonical-csv";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        String name = header.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Recognition.no("it is a JSON Lines file, not CSV");
        }
        try (CsvReader csv = new CsvReader(new StringReader(header.firstLine()))) {
            if (!csv.next()) {
                return Recognition.no("the file is empty");
            }
            return Layout.of(csv.record().toList()).recognition();
        } catch (IOException impossible) {
            throw new IllegalStateException("reading a string failed", impossible);
        }
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        TextEncoding encoding = TextDecoding.detect(input.opener());
        ReportBuilder tally = new ReportBuilder(input.source(), FORMAT, encoding.label());
        CoverageCollector coverage = new CoverageCollector(input.context().covers());
        try (CsvReader csv = CsvReader.open(input.opener(), encoding)) {
            if (!csv.next()) {
                tally.note("the file is empty: it has no header and no rows");
                return tally.build();
            }
            HeaderLayout header = Layout.of(csv.record().toList());
            if (header.problem() != null) {
                tally.problem(csv.record().line(), 0, "", "the header is not canonical: " + header.problem());
                return tally.build();
            }
            Layout layout = header.layout();
            CanonicalRowInterpreter interpreter = new CanonicalRowInterpreter(input.source(), input.context(), tally);
            CsvCells cells = new CsvCells(layout);
            CanonicalCsvRows rows = new CanonicalCsvRows(interpreter, layout.fields, cells, sink,
                    new ObservationOrigin(input.source(), Optional.empty(), input.context().importId()), coverage);
            while (csv.next()) {
                CsvRecord record = csv.record();
                tally.startRow();
                if (record.unterminatedQuote()) {
                    tally.problem(record.line(), 0, "", "a quoted field opened on this line is never closed");
                } else if (record.size() != layout.width) {
                    tally.problem(record.line(), 0, "", "expected " + layout.width + " columns ("
                            + layout.headers + ") but found " + record.size());
                } else {
                    cells.record = record;
                    rows.read(record);
                }
                tally.endRow();
            }
            layout.mapped().forEach(tally::mapped);
            layout.ignored().forEach(tally::ignored);
            coverage.emit(sink, input.source()).forEach(tally::covered);
            return tally.build();
        }
    }

    /** Where each canonical column stands in a file's header. */
    private static final class Layout {
        private final Map<CanonicalColumn, Integer> positions;
        /** The positions by column ordinal, -1 for a column the file lacks: looked up for every cell. */
        private final int[] fields;
        private final int width;
        private final String headers;

        private Layout(Map<CanonicalColumn, Integer> positions, int width, String headers) {
            this.positions = positions;
            this.fields = new int[CanonicalColumn.values().length];
            Arrays.fill(fields, -1);
            positions.forEach((column, position) -> fields[column.ordinal()] = position);
            this.width = width;
            this.headers = headers;
        }

        static HeaderLayout of(List<String> header) {
            Map<CanonicalColumn, Integer> positions = new EnumMap<>(CanonicalColumn.class);
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                Optional<CanonicalColumn> column = CanonicalColumn.byHeader(name);
                if (column.isEmpty()) {
                    return HeaderLayout.problem("'" + name + "' is not a canonical column (expected "
                            + CanonicalColumn.requiredHeaders() + ", and optionally source)");
                }
                if (positions.put(column.get(), i) != null) {
                    return HeaderLayout.problem("the column '" + column.get().header() + "' appears twice");
                }
            }
            List<String> missing = Arrays.stream(CanonicalColumn.values())
                    .filter(c -> c.isRequired() && !positions.containsKey(c))
                    .map(c -> "'" + c.header() + "'").toList();
            if (!missing.isEmpty()) {
                return HeaderLayout.problem("the header lacks " + String.join(", ", missing));
            }
            return HeaderLayout.of(new Layout(positions, header.size(), String.join(", ",
                    header.stream().map(String::strip).toList())));
        }

        List<String> mapped() {
            List<String> mapped = new ArrayList<>();
            positions.keySet().stream().filter(CanonicalColumn::isRequired).forEach(c -> mapped.add(c.header()));
            return mapped;
        }

        /** The source column is for people: Reckon reads it but keeps nothing of it. */
        List<String> ignored() {
            return positions.containsKey(CanonicalColumn.SOURCE) ? List.of(CanonicalColumn.SOURCE.header()) : List.of();
        }
    }

    /** A header's layout, or why it has none. */
    private record HeaderLayout(Layout layout, String problem) {

        static HeaderLayout of(Layout layout) {
            return new HeaderLayout(layout, null);
        }

        static HeaderLayout problem(String problem) {
            return new HeaderLayout(null, problem);
        }

        Recognition recognition() {
            return layout != null ? Recognition.yes() : Recognition.no(problem);
        }
    }

    /** The cells of the current record, by the layout's positions; columns are numbered from 1 in problems. */
    private static final class CsvCells implements CanonicalCells {
        private final Layout layout;
        private CsvRecord record;

        CsvCells(Layout layout) {
            this.layout = layout;
        }

        @Override
        public boolean has(CanonicalColumn column) {
            return layout.fields[column.ordinal()] >= 0;
        }

        @Override
        public String text(CanonicalColumn column) {
            return record.trimmed(layout.fields[column.ordinal()]);
        }

        @Override
        public <T> T read(CanonicalColumn column, CellCache<T> cache, Function<String, T> interpret) {
            return cache.byBytes().read(record, layout.fields[column.ordinal()], interpret);
        }

        @Override
        public OptionalLong wholeNumber(CanonicalColumn column) {
            return record.trimmedLong(layout.fields[column.ordinal()]);
        }

        @Override
        public int position(CanonicalColumn column) {
            return layout.fields[column.ordinal()] + 1;
        }
    }
}
