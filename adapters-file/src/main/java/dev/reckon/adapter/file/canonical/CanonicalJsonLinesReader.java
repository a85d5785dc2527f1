package dev.reckon.adapter.file.canonical;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.adapter.file.export.CoverageCollector;
import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.text.LineReader;
import dev.reckon.adapter.file.text.NumberLimits;
import dev.reckon.adapter.file.text.Printable;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads Reckon's canonical observations written as JSON Lines: one object per line with the
 * fields of the canonical CSV ({@code segment} and {@code source} may be left out). Values may be
 * JSON numbers or strings; a number is read exactly as written, never through a binary double.
 */
public final class CanonicalJsonLinesReader implements ExportReader {

    public static final String FORMAT = "canonical-jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final List<String> COLUMNS = Arrays.stream(CanonicalColumn.values()).map(CanonicalColumn::header).toList();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        String first = header.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (!first.startsWith("{")) {
            return Recognition.no("the first line is not a JSON object");
        }
        return first.contains("\"subject\"") || first.contains("\"metric\"")
                ? Recognition.yes() : Recognition.no("the first object has no 'subject' or 'metric' field");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        CanonicalRead read = CanonicalRead.start(input, FORMAT);
        ReportBuilder tally = read.tally();
        CoverageCollector coverage = read.coverage();
        CanonicalRowInterpreter interpreter = new CanonicalRowInterpreter(input.source(), input.context(), tally);
        try (LineReader lines = new LineReader(TextDecoding.open(input.opener(), read.encoding()))) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                tally.startRow();
                Optional<JsonCells> cells = cells(line, lineNumber, tally);
                if (cells.isPresent()) {
                    interpreter.read(cells.get(), lineNumber).ifPresent(observation -> {
                        sink.accept(observation);
                        coverage.add(observation.seriesKey(), observation.window());
                    });
                }
                tally.endRow();
            }
        }
        COLUMNS.subList(0, CanonicalColumn.SOURCE.ordinal()).forEach(tally::mapped);
        return read.finish(sink, input.source());
    }

    private static Optional<JsonCells> cells(String line, long lineNumber, ReportBuilder tally) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            int end = message.indexOf('\n');
            tally.rowProblem(lineNumber, "", "not a JSON object: " + (end < 0 ? message : message.substring(0, end)));
            return Optional.empty();
        } catch (NumberFormatException e) {
            // An exponent beyond an int (1e2148827056) fits no BigDecimal, let alone the range.
            tally.problem(lineNumber, 0, fieldOfAnUnreadableNumber(line), CanonicalRowInterpreter.OUT_OF_RANGE);
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            tally.rowProblem(lineNumber, "", "each line must hold one JSON object, as in {\"subject\": \"labour\", ...}");
            return Optional.empty();
        }
        Map<CanonicalColumn, String> texts = new EnumMap<>(CanonicalColumn.class);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Optional<CanonicalColumn> column = CanonicalColumn.byHeader(field.getKey());
            JsonNode value = field.getValue();
            if (column.isEmpty()) {
                tally.rowProblem(lineNumber, Printable.shortened(field.getKey()), "unknown field (expected "
                        + String.join(", ", COLUMNS) + ")");
            } else if (value.isNumber()) {
                // Checked before it is written out: 1E+999999999 would be a billion digits.
                BigDecimal number = value.decimalValue();
                if (NumberLimits.inRange(number)) {
                    texts.put(column.get(), number.toPlainString());
                } else {
                    tally.rowProblem(lineNumber, field.getKey(), CanonicalRowInterpreter.OUT_OF_RANGE);
                }
            } else if (value.isTextual()) {
                texts.put(column.get(), value.textValue().strip());
            } else if (!value.isNull()) {
                tally.rowProblem(lineNumber, field.getKey(), "must be text or a number");
            }
        }
        for (CanonicalColumn column : CanonicalColumn.values()) {
            if (column.isRequired() && column != CanonicalColumn.SEGMENT && !node.has(column.header())) {
                tally.rowProblem(lineNumber, column.header(), "the field is missing");
            }
        }
        return tally.rowHasProblem() ? Optional.empty() : Optional.of(new JsonCells(texts));
    }

    /**
     * The field holding the first number of {@code line} that no BigDecimal can hold, found again by
     * reading the line's tokens without converting them; empty when that number is not a field's
     * own value (inside an array, say).
     */
    private static String fieldOfAnUnreadableNumber(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isNumeric() && !readsAsDecimal(parser.getText())) {
                    String field = parser.currentName();
                    return field == null ? "" : Printable.shortened(field);
                }
            }
        } catch (IOException e) {
            // The line was read as far as the number already; nothing else can fail before it.
        }
        return "";
    }

    private static boolean readsAsDecimal(String number) {
        try {
            new BigDecimal(number);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The fields of one line; JSON has no columns, so problems name the field only. */
    private record JsonCells(Map<CanonicalColumn, String> texts) implements CanonicalCells {

        @Override
        public boolean has(CanonicalColumn column) {
            return texts.containsKey(column);
        }

        @Override
        public String text(CanonicalColumn column) {
            return texts.getOrDefault(column, "");
        }

        @Override
        public OptionalInt position(CanonicalColumn column) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalLong wholeNumber(CanonicalColumn column) {
            return OptionalLong.empty();
        }
    }
}
