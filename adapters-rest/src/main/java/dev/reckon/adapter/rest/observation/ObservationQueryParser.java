package dev.reckon.adapter.rest.observation;

import dev.reckon.adapter.rest.problem.FieldProblem;
import dev.reckon.adapter.rest.problem.ProblemKind;
import dev.reckon.application.port.in.ApiSources;
import dev.reckon.application.port.in.EntrySettings;
import dev.reckon.application.port.in.ImportFileCommand;
import dev.reckon.application.port.shared.ObservationCursor;
import dev.reckon.application.port.shared.ObservationQuery;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import io.javalin.http.Context;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads query parameters, every bad one reported at once by name. */
final class ObservationQueryParser {

    /**
     * A file's own name as a person's system wrote it ("Beiträge 2019 (1).csv"): letters and digits
     * of any script, with spaces and {@code _.()-}; never a slash, a control character or a leading dot.
     */
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} _.()-]{0,199}");

    private final ZoneId zone;

    ObservationQueryParser(ZoneId zone) {
        this.zone = zone;
    }

    ObservationQuery parse(Context ctx) {
        Parameters p = new Parameters(ctx);
        Optional<String> metric = p.optional("metric", Function.identity());
        Optional<Subject> subject = p.optional("subject", Subject::of);
        Optional<Platform> platform = p.optional("platform", Platform::parse);
        // An empty segment parameter asks for totals only; no parameter asks for every segment.
        Optional<Segment> segment = ctx.queryParam("segment") == null ? Optional.empty()
                : p.optional("segment", Segment::parse).or(() -> Optional.of(Segment.TOTAL));
        Optional<Instant> from = p.optional("from", text -> instant(text, false));
        Optional<Instant> to = p.optional("to", text -> instant(text, true));
        int limit = p.optional("limit", ObservationQueryParser::limit).orElse(ObservationQuery.DEFAULT_LIMIT);
        Optional<ObservationCursor> cursor = p.optional("cursor", CursorText::decode);
        p.failIfAny();
        return new ObservationQuery(metric, subject, platform, segment, from, to, limit, cursor);
    }

    /** The import's parameters; the body is left for the caller to read. */
    ImportFileCommand importCommand(Context ctx) {
        Parameters p = new Parameters(ctx);
        Optional<String> fileName = p.optional("filename", name -> {
            if (!FILE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("must be a file name of letters, digits, spaces and '_.()-', starting with a letter or digit");
            }
            return name;
        });
        if (fileName.isEmpty() && !p.failed("filename")) {
            p.problem("filename", "is needed: the file's name, which names its data in the store");
        }
        Optional<Subject> subject = p.optional("subject", Subject::of);
        Optional<Platform> platform = p.optional("platform", Platform::parse);
        Optional<String> format = p.optional("format", Function.identity());
        EntrySettings settings = new EntrySettings(p.optional("covers", EntrySettings.Days::parse),
                p.optional("year", EntrySettings::year), p.optional("zone", EntrySettings::zone));
        p.failIfAny();
        return new ImportFileCommand(ApiSources.imports(fileName.orElseThrow()), InputStream::nullInputStream, subject,
                platform, format, ImportFileCommand.Mode.ACCEPTED_ROWS, settings);
    }

    /** A date is a whole day in the dossier's zone: as {@code from} its start, as {@code to} its end. */
    private Instant instant(String text, boolean end) {
        try {
            LocalDate day = LocalDate.parse(text);
            return end ? Window.dayEnd(day, zone) : Window.dayStart(day, zone);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notADateTime) {
                throw new IllegalArgumentException("'" + text + "' is not a date (2019-12-06) or a date-time with an"
                        + " offset (2019-12-06T09:00:00Z)");
            }
        }
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= ObservationQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("must be a whole number from 1 to " + ObservationQuery.MAX_LIMIT);
    }

    /** Query parameters read one by one, with the problems of all of them. */
    private static final class Parameters {

        private final Context ctx;
        private final List<FieldProblem> problems = new ArrayList<>();

        Parameters(Context ctx) {
            this.ctx = ctx;
        }

        <T> Optional<T> optional(String name, Function<String, T> read) {
            String text = ctx.queryParam(name);
            if (text == null || text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(read.apply(text));
            } catch (IllegalArgumentException e) {
                problem(name, e.getMessage());
                return Optional.empty();
            }
        }

        void problem(String name, String detail) {
            problems.add(FieldProblem.ofField(name, detail));
        }

        boolean failed(String name) {
            return problems.stream().anyMatch(p -> name.equals(p.field()));
        }

        void failIfAny() {
            if (!problems.isEmpty()) {
                throw ProblemKind.INVALID_REQUEST.raise("some query parameters are not valid", problems);
            }
        }
    }
}
