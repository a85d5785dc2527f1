package dev.reckon.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes what {@code reckon import} found, as text for people or as JSON for tools. */
enum ImportReportWriter {
    TEXT {
        @Override
        void write(FileImports imports, PrintWriter out) {
            for (ImportReport report : imports.reports()) {
                out.println(report.source() + ": " + report.format() + " (" + report.encoding() + ")");
                out.println("  " + count(report.rowsRead(), "row") + " read: " + report.rowsAccepted() + " accepted, "
                        + report.rowsRejected() + " rejected");
                if (!report.mappedColumns().isEmpty()) {
                    out.println("  columns read: " + String.join(", ", report.mappedColumns()));
                }
                if (!report.ignoredColumns().isEmpty()) {
                    out.println("  columns ignored: " + String.join(", ", report.ignoredColumns()));
                }
                List<Window> covered = report.covered();
                if (!covered.isEmpty()) {
                    out.println("  covers " + count(covered.size(), "window") + ", from " + covered.get(0).start()
                            + " to " + covered.stream().map(Window::end).max(Comparable::compareTo).orElseThrow());
                }
                report.problems().forEach(problem -> out.println("  " + problem));
                long unlisted = report.rowsRejected() - report.problems().size();
                if (unlisted > 0) {
                    out.println("  " + count(unlisted, "more rejected row") + " not listed");
                }
                report.notes().forEach(note -> out.println("  note: " + note));
            }
            for (DossierProblem problem : imports.unreadable()) {
                out.println(problem.file() + ": cannot be imported: " + problem.message());
            }
            int files = imports.reports().size() + imports.unreadable().size();
            out.println();
            out.println(count(files, "file") + ": " + imports.reports().size() + " read"
                    + (imports.unreadable().isEmpty() ? "" : ", " + imports.unreadable().size() + " could not be read")
                    + "; " + count(imports.rowsRead(), "row") + " read, " + imports.rowsAccepted() + " accepted, "
                    + imports.rowsRejected() + " rejected");
            out.flush();
        }
    },

    JSON {
        @Override
        void write(FileImports imports, PrintWriter out) throws IOException {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("files", imports.reports().stream().map(ImportReportWriter::json).toList());
            json.put("unreadable", imports.unreadable().stream().map(ImportReportWriter::json).toList());
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("rowsRead", imports.rowsRead());
            totals.put("rowsAccepted", imports.rowsAccepted());
            totals.put("rowsRejected", imports.rowsRejected());
            json.put("totals", totals);
            MAPPER.writeValue(out, json);
            out.println();
            out.flush();
        }
    };

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    abstract void write(FileImports imports, PrintWriter out) throws IOException;

    /** Reads {@code text} or {@code json}, in any case. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<ImportReportWriter> {

        @Override
        public ImportReportWriter convert(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a report format: expected text or json");
            }
        }
    }

    private static Map<String, Object> json(ImportReport report) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("source", report.source());
        file.put("format", report.format());
        file.put("encoding", report.encoding());
        file.put("rowsRead", report.rowsRead());
        file.put("rowsAccepted", report.rowsAccepted());
        file.put("rowsRejected", report.rowsRejected());
        file.put("problems", report.problems().stream().map(ImportReportWriter::json).toList());
        file.put("mappedColumns", report.mappedColumns());
        file.put("ignoredColumns", report.ignoredColumns());
        file.put("covered", report.covered().stream()
                .map(w -> Map.of("from", w.start().toString(), "to", w.end().toString())).toList());
        file.put("notes", report.notes());
        return file;
    }

    private static Map<String, Object> json(DossierProblem unreadable) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", unreadable.file());
        json.put("reason", unreadable.message());
        return json;
    }

    private static Map<String, Object> json(RowProblem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        // The report's JSON keeps 0 for "no line" and "no column", as it always has.
        json.put("line", problem.line().orElse(0));
        json.put("column", problem.column().orElse(0));
        json.put("field", problem.field());
        json.put("reason", problem.reason());
        return json;
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
