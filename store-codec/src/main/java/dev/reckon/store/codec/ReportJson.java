package dev.reckon.store.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Window;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * An import report as one JSON text in the {@code source} table, so that a file skipped because it
 * is unchanged still shows what its import reported. Written field by field rather than by
 * reflection, so that renaming a Java component never changes what files already hold; times are
 * ISO-8601 texts, exact to the nanosecond.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    public static String write(ImportReport report) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("source", report.source());
        json.put("format", report.format());
        json.put("encoding", report.encoding());
        json.put("rowsRead", report.rowsRead());
        json.put("rowsAccepted", report.rowsAccepted());
        json.put("rowsRejected", report.rowsRejected());
        ArrayNode problems = json.putArray("problems");
        for (RowProblem problem : report.problems()) {
            problems.addObject().put("source", problem.source()).put("line", problem.line().orElse(0))
                    .put("column", problem.column().orElse(0)).put("field", problem.field()).put("reason", problem.reason());
        }
        texts(json.putArray("mappedColumns"), report.mappedColumns());
        texts(json.putArray("ignoredColumns"), report.ignoredColumns());
        ArrayNode covered = json.putArray("covered");
        for (Window window : report.covered()) {
            covered.addObject().put("start", window.start().toString()).put("end", window.end().toString());
        }
        texts(json.putArray("notes"), report.notes());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of texts and numbers always writes as JSON", e);
        }
    }

    /**
     * The report {@link #write} wrote.
     *
     * @throws IllegalArgumentException when {@code text} is not such a report (the file was changed by hand)
     */
    public static ImportReport read(String text) {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored import report is not JSON: " + e.getOriginalMessage(), e);
        }
        return new ImportReport(text(json, "source"), text(json, "format"), text(json, "encoding"),
                number(json, "rowsRead"), number(json, "rowsAccepted"), number(json, "rowsRejected"),
                list(json, "problems", ReportJson::problem),
                list(json, "mappedColumns", JsonNode::asText), list(json, "ignoredColumns", JsonNode::asText),
                list(json, "covered", w -> new Window(Instant.parse(text(w, "start")), Instant.parse(text(w, "end")))),
                list(json, "notes", JsonNode::asText));
    }

    /**
     * The stored report, or none when there is none or it cannot be read (edited by hand): without
     * a report the source counts as changed, and the next check imports it again.
     */
    public static Optional<ImportReport> readStored(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(json));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void texts(ArrayNode array, List<String> texts) {
        texts.forEach(array::add);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("a stored import report has no text '" + field + "'");
        }
        return value.asText();
    }

    private static long number(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException("a stored import report has no number '" + field + "'");
        }
        return value.asLong();
    }

    private static <T> List<T> list(JsonNode json, String field, Function<JsonNode, T> element) {
        JsonNode array = json.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("a stored import report has no list '" + field + "'");
        }
        List<T> elements = new ArrayList<>();
        array.forEach(node -> elements.add(element.apply(node)));
        return elements;
    }

    // Stored reports write 0 for "no line" and "no column", as they always have.
    private static RowProblem problem(JsonNode p) {
        long line = number(p, "line");
        int column = (int) number(p, "column");
        return new RowProblem(text(p, "source"), line > 0 ? OptionalLong.of(line) : OptionalLong.empty(),
                column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), text(p, "field"), text(p, "reason"));
    }
}
