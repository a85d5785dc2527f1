package dev.reckon.adapter.rest;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small subset of canonical JSON Lines (dates only, exact values, known subjects) so the
 * REST tests need no file adapter; anything else is a rejected row naming its field.
 */
class FakeJsonLinesImporter implements ExportImporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException, UnrecognisedExportException {
        if (input.context().format().filter(f -> !f.equals("canonical-jsonl")).isPresent()) {
            throw new UnrecognisedExportException(input.source(), "unknown format " + input.context().format().get());
        }
        List<RowProblem> problems = new ArrayList<>();
        long read = 0;
        long accepted = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                read++;
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (IOException e) {
                    problems.add(RowProblem.inRow(input.source(), lineNumber, "", "not JSON"));
                    continue;
                }
                if (Platform.find(row.path("platform").asText()).isEmpty()) {
                    problems.add(RowProblem.inRow(input.source(), lineNumber, "platform", "unknown platform"));
                    continue;
                }
                String subject = row.path("subject").asText();
                if (input.context().subjects().resolve(subject, Platform.FACEBOOK).isEmpty()) {
                    problems.add(RowProblem.inRow(input.source(), lineNumber, "subject", "unknown subject '" + subject + "'"));
                    continue;
                }
                Window window = Window.ofDays(LocalDate.parse(row.path("from").asText()),
                        LocalDate.parse(row.path("to").asText()), input.context().zone());
                Observation observation = new Observation(input.context().subjects().resolve(subject, Platform.FACEBOOK).get(),
                        Platform.parse(row.path("platform").asText()), new MetricId(row.path("metric").asText()), window,
                        Segment.parse(row.path("segment").asText("")), Amount.of(Interval.exactly(row.path("value").decimalValue())), Provenance.of(input.source(), lineNumber));
                sink.accept(observation);
                sink.cover(new Coverage(observation.seriesKey(), window, input.source()));
                accepted++;
            }
        }
        return new ImportReport(input.source(), "canonical-jsonl", "UTF-8", read, accepted, read - accepted, problems,
                List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public List<String> formats() {
        return List.of("canonical-jsonl");
    }
}
