package dev.reckon.store.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Window;
import java.time.DateTimeException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * An import report as one JSON text in the {@code source} table, so that a file skipped because it
 * is unchanged still shows what its import reported. Written field by field rather than by
 * reflection, so that renaming a Java component never changes what files already hold; times are
 * ISO-8601 texts, exact to the nanosecond. Read with the streaming parser alone: a check of an
 * up-to-date store reads every stored report, and setting up a data-binding mapper for that cost it
 * more than the reading.
 */
public final class ReportJson {

    private static final JsonFactory JSON = new JsonFactory();

    /** Built on the first report written, which a check of unchanged files never does. */
    private static final class Writing {

        private static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private ReportJson() {
    }

    public static String write(ImportReport report) {
        ObjectNode json = Writing.MAPPER.createObjectNode();
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
            return Writing.MAPPER.writeValueAsString(json);
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
        Map<?, ?> json;
        try (JsonParser parser = JSON.createParser(text)) {
            json = parser.nextToken() == null || !(value(parser) instanceof Map<?, ?> object) ? Map.of() : object;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored import report is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("a stored import report cannot be read: " + e.getMessage(), e);
        }
        return new ImportReport(text(json, "source"), text(json, "format"), text(json, "encoding"),
                number(json, "rowsRead"), number(json, "rowsAccepted"), number(json, "rowsRejected"),
                list(json, "problems", ReportJson::problem),
                list(json, "mappedColumns", ReportJson::asText), list(json, "ignoredColumns", ReportJson::asText),
                list(json, "covered", w -> new Window(Instant.parse(text(w, "start")), Instant.parse(text(w, "end")))),
                list(json, "notes", ReportJson::asText));
    }

    /** The JSON value at the parser's current token: a map, a list, a text, a number, a boolean or null. */
    private static Object value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.put(key, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
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

    private static String text(Object json, String field) {
        if (!(member(json, field) instanceof String value)) {
            throw new IllegalArgumentException("a stored import report has no text '" + field + "'");
        }
        return value;
    }

    private static long number(Object json, String field) {
        Object value = member(json, field);
        if (!(value instanceof Number number) || !fitsALong(number)) {
            throw new IllegalArgumentException("a stored import report has no number '" + field + "'");
        }
        return number.longValue();
    }

    private static boolean fitsALong(Number number) {
        if (number instanceof Integer || number instanceof Long) {
            return true;
        }
        double value = number.doubleValue();
        return value >= Long.MIN_VALUE && value <= Long.MAX_VALUE;
    }

    private static <T> List<T> list(Object json, String field, Function<Object, T> element) {
        if (!(member(json, field) instanceof List<?> array)) {
            throw new IllegalArgumentException("a stored import report has no list '" + field + "'");
        }
        List<T> elements = new ArrayList<>();
        array.forEach(node -> elements.add(element.apply(node)));
        return elements;
    }

    private static Object member(Object json, String field) {
        return json instanceof Map<?, ?> object ? object.get(field) : null;
    }

    /** An element of a list of texts as text, whatever was written there ("null", a number's digits). */
    private static String asText(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?> ? "" : String.valueOf(value);
    }

    // Stored reports write 0 for "no line" and "no column", as they always have.
    private static RowProblem problem(Object p) {
        long line = number(p, "line");
        int column = (int) number(p, "column");
        return new RowProblem(text(p, "source"), line > 0 ? OptionalLong.of(line) : OptionalLong.empty(),
                column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), text(p, "field"), text(p, "reason"));
    }
}
