package dev.reckon.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads posts in the canonical shape as far as the REST tests need (a subject, an id, a UTC time,
 * exact values) and hands every other format to {@link FakeJsonLinesImporter}; a line without an
 * id is a rejected row naming its field, so that tests see where a problem lands.
 */
class FakePostLinesImporter implements ExportImporter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeJsonLinesImporter observations = new FakeJsonLinesImporter();

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException, UnrecognisedExportException {
        if (!input.context().format().orElse("").equals("canonical-posts-jsonl")) {
            return observations.read(input, sink);
        }
        List<RowProblem> problems = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        long read = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                read++;
                JsonNode row = JSON.readTree(line);
                if (!row.hasNonNull("id")) {
                    problems.add(RowProblem.inRow(input.source(), read, "id", "the field is missing"));
                    continue;
                }
                Map<MetricId, Interval> values = new LinkedHashMap<>();
                row.path("values").fields().forEachRemaining(value ->
                        values.put(new MetricId(value.getKey()), Interval.exactly(value.getValue().decimalValue())));
                posts.add(new Post(new PostId(Platform.parse(row.path("platform").asText()), row.path("id").asText()),
                        Subject.of(row.path("subject").asText()), Instant.parse(row.path("created").asText()),
                        Optional.empty(), Optional.empty(), Optional.empty(), values, Provenance.of(input.source(), read)));
            }
        }
        posts.forEach(sink::post);
        return new ImportReport(input.source(), "canonical-posts-jsonl", "UTF-8", read, posts.size(),
                read - posts.size(), problems, List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public List<String> formats() {
        return List.of("canonical-jsonl", "canonical-posts-jsonl");
    }
}
