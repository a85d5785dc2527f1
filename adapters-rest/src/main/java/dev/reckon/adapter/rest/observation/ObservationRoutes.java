package dev.reckon.adapter.rest.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.problem.FieldProblem;
import dev.reckon.adapter.rest.problem.FoundProblems;
import dev.reckon.adapter.rest.problem.ProblemKind;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.in.ApiSources;
import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.ImportOutcome;
import dev.reckon.application.port.in.ListObservationsUseCase;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.observation.Observation;
import dev.reckon.report.ClaimReportView.BoundsView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /observations}, {@code GET /observations} and {@code POST /imports}.
 *
 * <p>Posted observations are read by the same reader as canonical JSON Lines files, so they mean
 * exactly what the same rows mean in a file. A request's observations are one source named by a
 * hash of their content: posting the same observations again replaces them with themselves.
 */
public final class ObservationRoutes implements RouteGroup {

    static final String CANONICAL_JSON_LINES = "canonical-jsonl";

    private final ImportFileUseCase imports;
    private final ListObservationsUseCase listing;
    private final ObservationQueryParser queries;
    private final ZoneId zone;
    private final JsonBodies json = new JsonBodies();

    @Inject
    public ObservationRoutes(ImportFileUseCase imports, ListObservationsUseCase listing,
                             Dossier dossier) {
        this.imports = Objects.requireNonNull(imports, "imports is null");
        this.listing = Objects.requireNonNull(listing, "listing is null");
        this.zone = dossier.zone();
        this.queries = new ObservationQueryParser(zone);
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.post(PREFIX + "/observations", ctx -> post(ctx, bodies));
        routes.get(PREFIX + "/observations", this::list);
        routes.post(PREFIX + "/imports", ctx -> importFile(ctx, bodies));
    }

    private void post(Context ctx, RequestBodies bodies) {
        List<ObservationDto> rows = json.read(bodies.readJson(ctx), new TypeReference<List<ObservationDto>>() { });
        if (rows.isEmpty()) {
            throw ProblemKind.INVALID_OBSERVATIONS.raise("the array is empty: post at least one observation");
        }
        FoundProblems problems = new FoundProblems();
        int malformed = 0;
        List<Integer> wellFormed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldProblem> found = rows.get(i) == null
                    ? List.of(FieldProblem.ofElement(i, "", "expected an observation object, not null"))
                    : json.violations(rows.get(i), i);
            if (found.isEmpty()) {
                wellFormed.add(i);
            } else {
                problems.addAll(found);
                malformed++;
            }
        }
        if (wellFormed.isEmpty()) {
            throw invalid(problems, malformed);
        }
        // The elements with every field are read by the canonical reader even when others are not,
        // so that one answer lists every error; they are stored only when every element is valid.
        byte[] lines = jsonLines(wellFormed.stream().map(rows::get).toList());
        String source = ApiSources.observations(ApiSources.contentHash(lines));
        ImportFileCommand.Mode mode = malformed == 0 ? ImportFileCommand.Mode.ALL_OR_NOTHING
                : ImportFileCommand.Mode.CHECK_ONLY;
        ImportOutcome outcome = read(new ImportFileCommand(source, () -> new ByteArrayInputStream(lines),
                Optional.empty(), Optional.empty(), Optional.of(CANONICAL_JSON_LINES), mode));
        for (RowProblem problem : outcome.report().problems()) {
            // Line n of the JSON Lines is the n-th well-formed element.
            problems.add(problem.line().isEmpty() ? FieldProblem.ofField(problem.field(), problem.reason())
                    : FieldProblem.ofElement(wellFormed.get((int) problem.line().getAsLong() - 1), problem.field(),
                            problem.reason()));
        }
        if (!outcome.stored()) {
            throw invalid(problems, malformed + outcome.report().rowsRejected());
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("received", rows.size());
        created.put("stored", outcome.report().rowsAccepted());
        created.put("source", source);
        Responses.json(ctx, 201, created);
    }

    private void list(Context ctx) {
        ObservationPage page = listing.list(queries.parse(ctx));
        Responses.json(ctx, 200, new PageView(page.observations().stream().map(this::view).toList(),
                page.next().map(CursorText::encode).orElse(null)));
    }

    private void importFile(Context ctx, RequestBodies bodies) {
        ImportFileCommand command = queries.importCommand(ctx);
        byte[] body = bodies.readImport(ctx);
        ImportOutcome outcome = read(new ImportFileCommand(command.source(), () -> new ByteArrayInputStream(body),
                command.subject(), command.platform(), command.format(), ImportFileCommand.Mode.ACCEPTED_ROWS,
                command.settings()));
        Responses.json(ctx, 201, ImportReportView.of(outcome.report(), outcome.stored()));
    }

    private ImportOutcome read(ImportFileCommand command) {
        try {
            return imports.importFile(command);
        } catch (UnrecognisedExportException e) {
            throw ProblemKind.UNRECOGNISED_EXPORT.raise(e.getMessage());
        } catch (IOException e) {
            // The body is in memory: what fails here is decoding it, so the file is at fault, not the server.
            throw ProblemKind.UNRECOGNISED_EXPORT.raise("the file cannot be read as text: " + e.getMessage());
        }
    }

    private static RuntimeException invalid(FoundProblems problems, long rejected) {
        return problems.raise(ProblemKind.INVALID_OBSERVATIONS, rejected + (rejected == 1 ? " observation is" : " observations are")
                + " not valid, so none was stored");
    }

    private byte[] jsonLines(List<ObservationDto> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ObservationDto row : rows) {
            out.writeBytes(json.write(row));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private ObservationView view(Observation o) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return new ObservationView(o.subject().id(), o.platform().id(), o.metric().value(),
                iso.format(o.window().start().atZone(zone)), iso.format(o.window().end().atZone(zone)),
                o.segment().toString(), BoundsView.of(o.value()),
                o.currency().map(Currency::getCurrencyCode).orElse(null), o.provenance().source(),
                o.provenance().line().orElse(0));
    }

    /**
     * One observation in the canonical shape. {@code value} is a JSON number (read exactly) or a
     * string read as a figure ({@code "109k"}, {@code "£12,189"}); the canonical reader checks the rest.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ObservationDto(@NotBlank(message = "must name a subject") String subject,
                          @NotBlank(message = "must name a platform") String platform,
                          @NotBlank(message = "must name a metric") String metric,
                          @NotBlank(message = "must be a date or date-time") String from,
                          @NotBlank(message = "must be a date or date-time") String to,
                          String segment,
                          @NotNull(message = "must be a number or a figure such as \"109k\"")
                          @JsonSerialize(using = NumberAsWritten.class) Object value,
                          String source) {
    }

    /**
     * Writes a decimal as {@link BigDecimal#toString()} does, exponent and all, for the canonical
     * reader to judge. Plain notation would spell {@code 1E+999999999} out as a billion digits (Jackson
     * refuses to, and the request ended in a 500); written as it came, the reader refuses it at once as
     * out of range, and every other number reads back as the same value.
     */
    static final class NumberAsWritten extends StdSerializer<Object> {

        NumberAsWritten() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (value instanceof BigDecimal decimal) {
                generator.writeNumber(decimal.toString());
            } else {
                provider.defaultSerializeValue(value, generator);
            }
        }
    }

    record PageView(List<ObservationView> observations, String next) {
    }

    /** A stored observation: its window in the dossier's zone, its value as bounds, and where it came from. */
    record ObservationView(String subject, String platform, String metric, String from, String to, String segment,
                           BoundsView value, String currency, String source, long line) {
    }
}
