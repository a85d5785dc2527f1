package dev.reckon.adapter.file.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.PostRow;
import dev.reckon.adapter.file.text.LineReader;
import dev.reckon.adapter.file.text.NumberLimits;
import dev.reckon.adapter.file.text.Printable;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.PostText;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Posts in the canonical shape, one JSON object a line: {@code platform}, {@code subject} (a dossier
 * subject) or {@code account} (an account of one), {@code id}, {@code created} (a time with an
 * offset), optional {@code type}, {@code permalink} and {@code text}, and {@code values}, each
 * per-post metric's lifetime value. Each post is kept and rolled up into its day's {@code post_*}
 * and {@code posts} observations, as a per-post export's are. The format is read only when named:
 * its lines would also pass for canonical observations at a glance. It covers only the window its
 * dossier entry declares, since a list of posts does not say that no other post was made.
 */
public final class PostJsonLinesReader implements ExportReader {

    public static final String FORMAT = "canonical-posts-jsonl";
    /** Platform ids are short runs of letters, digits and a few marks; longer text is no id. */
    static final Pattern POST_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");
    private static final Set<String> FIELDS = Set.of("platform", "subject", "account", "id", "created", "type",
            "permalink", "text", "values");
    private static final int MAX_FIELD_LENGTH = 2_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        return Recognition.no("posts in the canonical shape are read only when the format is named");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        ReportBuilder report = new ReportBuilder(input.source(), FORMAT, "UTF-8");
        Map<Account, List<PostRow>> accepted = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (LineReader lines = new LineReader(TextDecoding.open(input.opener(), TextDecoding.detect(input.opener())))) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                report.startRow();
                Optional<Read> read = read(line, lineNumber, context, report);
                if (read.isPresent() && !seen.add(read.get().account().platform().id() + ":" + read.get().row().id())) {
                    report.rowProblem(lineNumber, "id", "the same post is given twice: give each post once");
                }
                if (!report.rowHasProblem()) {
                    accepted.computeIfAbsent(read.orElseThrow().account(), a -> new ArrayList<>()).add(read.get().row());
                }
                report.endRow();
            }
        }
        accepted.forEach((account, rows) -> emit(account, rows, input, sink, report));
        return report.build();
    }

    private static void emit(Account account, List<PostRow> rows, ExportInput input, ObservationSink sink,
                             ReportBuilder report) {
        ImportContext context = input.context();
        PostRollup rollup = new PostRollup("posts", context.zone(),
                PostRollup.Covered.of(context.covers(), Optional.empty()));
        rollup.holds(PostRollup.POSTS);
        Set<MetricId> held = new HashSet<>();
        for (PostRow row : rows) {
            row.values().keySet().stream().filter(held::add)
                    .forEach(metric -> rollup.holds(context.catalogue().find(metric).orElseThrow()));
            rollup.post(rollup.slotOf(row.created()), row.line(), true);
        }
        Emitter emitter = new Emitter(sink, report, account.subject(), account.platform(), context.zone(),
                context.importId(), Optional.empty());
        rollup.finish(emitter, report);
        rows.forEach(emitter::post);
    }

    private record Account(Subject subject, Platform platform) {
    }

    private record Read(Account account, PostRow row) {
    }

    private static Optional<Read> read(String line, long lineNumber, ImportContext context, ReportBuilder report) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException | NumberFormatException e) {
            report.rowProblem(lineNumber, "", "not a JSON object of a post");
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            report.rowProblem(lineNumber, "", "each line must hold one JSON object, as in {\"platform\": \"twitter\", ...}");
            return Optional.empty();
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                report.rowProblem(lineNumber, Printable.shortened(name), "unknown field (expected "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        });
        Fields fields = new Fields(node, lineNumber, report);
        Optional<Platform> platform = fields.required("platform").flatMap(text -> {
            Optional<Platform> found = Platform.find(text);
            if (found.isEmpty()) {
                report.rowProblem(lineNumber, "platform", "unknown platform '" + Printable.shortened(text)
                        + "' (expected one of " + Platform.allIds() + ")");
            }
            return found;
        });
        Optional<Subject> subject = subject(fields, platform, context, lineNumber, report);
        Optional<String> id = fields.required("id").filter(text -> {
            boolean valid = POST_ID.matcher(text).matches();
            if (!valid) {
                report.rowProblem(lineNumber, "id", "must be the platform's id of the post: 1 to 200 letters, digits"
                        + " or _ . : -");
            }
            return valid;
        });
        Optional<Instant> created = fields.required("created").flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                report.rowProblem(lineNumber, "created", "must be a time with an offset, as in 2021-12-01T09:30:00Z"
                        + " or 2021-12-01T10:30:00+01:00");
                return Optional.empty();
            }
        });
        Optional<String> type = fields.optional("type");
        Optional<String> permalink = fields.optional("permalink");
        Optional<String> preview = fields.optionalText("text").flatMap(PostText::preview);
        Map<MetricId, Interval> values = values(node.get("values"), context, lineNumber, report);
        if (report.rowHasProblem()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new Account(subject.orElseThrow(), platform.orElseThrow()),
                new PostRow(id.orElseThrow(), created.orElseThrow(), type, permalink, preview, values, lineNumber)));
    }

    private static Optional<Subject> subject(Fields fields, Optional<Platform> platform, ImportContext context,
                                             long lineNumber, ReportBuilder report) {
        Optional<String> named = fields.optional("subject");
        Optional<String> account = fields.optional("account");
        if (named.isPresent() == account.isPresent()) {
            report.rowProblem(lineNumber, "subject", "give either a subject or an account, not "
                    + (named.isPresent() ? "both" : "neither"));
            return Optional.empty();
        }
        Optional<Subject> subject = named.isPresent()
                ? context.subjects().accounts().keySet().stream().filter(s -> s.id().equals(named.get())).findFirst()
                : platform.flatMap(p -> context.subjects().resolve(account.get(), p));
        if (subject.isEmpty() && (named.isPresent() || platform.isPresent())) {
            String field = named.isPresent() ? "subject" : "account";
            report.rowProblem(lineNumber, field, "'" + Printable.shortened(named.or(() -> account).orElseThrow())
                    + "' is " + (named.isPresent() ? "no subject" : "the account of no subject") + " of the dossier ("
                    + context.subjects().knownIds() + ")");
        }
        return subject;
    }

    private static Map<MetricId, Interval> values(JsonNode values, ImportContext context, long lineNumber,
                                                  ReportBuilder report) {
        Map<MetricId, Interval> read = new LinkedHashMap<>();
        if (values == null || !values.isObject() || values.isEmpty()) {
            report.rowProblem(lineNumber, "values", "must be an object of at least one per-post metric and its value,"
                    + " as in {\"post_impressions\": 1200}");
            return read;
        }
        values.properties().forEach(entry -> {
            String field = "values." + Printable.shortened(entry.getKey());
            Optional<Metric> metric = context.catalogue().named(entry.getKey());
            if (metric.isEmpty()) {
                report.rowProblem(lineNumber, field, "unknown metric");
            } else if (metric.get().basis() != Basis.POST_LIFETIME) {
                report.rowProblem(lineNumber, field, "is not a per-post metric: a post's values are post_* metrics,"
                        + " each its lifetime total");
            } else if (!entry.getValue().isNumber()) {
                report.rowProblem(lineNumber, field, "must be a number");
            } else {
                BigDecimal value = entry.getValue().decimalValue();
                if (!NumberLimits.inRange(value)) {
                    report.rowProblem(lineNumber, field, CanonicalRowInterpreter.OUT_OF_RANGE);
                } else if (value.signum() < 0) {
                    report.rowProblem(lineNumber, field, "must not be negative: it counts what a post earned");
                } else {
                    read.put(metric.get().id(), Interval.exactly(value));
                }
            }
        });
        return read;
    }

    /** The text fields of one line, each problem reported under the field's name. */
    private record Fields(JsonNode node, long lineNumber, ReportBuilder report) {

        Optional<String> required(String name) {
            Optional<String> text = optional(name);
            if (text.isEmpty() && !node.has(name)) {
                report.rowProblem(lineNumber, name, "the field is missing");
            } else if (text.isEmpty() && node.get(name).isTextual()) {
                report.rowProblem(lineNumber, name, "must not be blank");
            }
            return text;
        }

        /** The field's text, stripped, where it is given and not blank; a field of another kind is a problem. */
        Optional<String> optional(String name) {
            return optionalText(name).map(String::strip).filter(text -> !text.isEmpty());
        }

        Optional<String> optionalText(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                report.rowProblem(lineNumber, name, "must be text");
                return Optional.empty();
            }
            if (value.textValue().length() > MAX_FIELD_LENGTH) {
                report.rowProblem(lineNumber, name, "is longer than " + MAX_FIELD_LENGTH + " characters");
                return Optional.empty();
            }
            return Optional.of(value.textValue());
        }
    }
}
