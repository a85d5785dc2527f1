package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.PostSheet;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.application.port.out.ExportHeader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ExportReader;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ImportReport;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.Recognition;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CrowdTangle historical data (post level), current and older generation ({@code Created} instead
 * of {@code Post Created}), page and group exports. One file may hold posts of many pages: each row
 * belongs to the subject whose account is its {@code User Name} or {@code Page Name} (or to the
 * dossier entry's subject, when it gives one). Lifetime interactions are rolled up by publish day;
 * {@code Likes at Posting} and {@code Followers at Posting} are levels sampled at the post's time.
 * CrowdTangle has no reach or impressions.
 */
public final class CrowdTangleReader implements ExportReader {

    public static final String FORMAT = "crowdtangle-posts";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ z]", Locale.ENGLISH);
    private static final Map<String, List<String>> METRICS = Map.ofEntries(
            Map.entry("total interactions", List.of("post_engagements")),
            Map.entry("likes", List.of("post_likes", "post_reactions")),
            Map.entry("love", List.of("post_reactions")),
            Map.entry("wow", List.of("post_reactions")),
            Map.entry("haha", List.of("post_reactions")),
            Map.entry("sad", List.of("post_reactions")),
            Map.entry("angry", List.of("post_reactions")),
            Map.entry("care", List.of("post_reactions")),
            Map.entry("comments", List.of("post_comments")),
            Map.entry("shares", List.of("post_shares")),
            Map.entry("post views", List.of("post_video_views")));
    private static final Map<String, String> AT_POSTING = Map.of(
            "likes at posting", "page_likes",
            "followers at posting", "followers");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        List<String> names = ExportTable.names(header.firstLine());
        boolean owner = names.contains("page name") || names.contains("group name") || names.contains("account");
        boolean created = names.contains("post created") || names.contains("created");
        if (!owner || !created || !names.contains("total interactions")) {
            return Recognition.no("a CrowdTangle export has a 'Page Name' (or 'Group Name', 'Account') column,"
                    + " 'Post Created' (or 'Created') and 'Total Interactions'");
        }
        return Recognition.yes();
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        return ExportTable.read(input, FORMAT, List.of(), (table, headers, report) -> {
            if (ExportTable.columnOf(headers, "post created") < 0 && ExportTable.columnOf(headers, "created") < 0) {
                report.fileProblem("the file has no 'Post Created' (or 'Created') column, which a CrowdTangle"
                        + " export has: it seems to be another kind of file");
                return;
            }
            Posts posts = new Posts(headers, context, sink, report);
            table.forEachRow(headers, report, posts::row);
            posts.finish();
        });
    }

    /** The posts of one file, kept per subject. */
    private static final class Posts {
        private final List<String> headers;
        private final ImportContext context;
        private final ObservationSink sink;
        private final ReportBuilder report;
        private final Platform platform;
        private final List<Integer> ownerColumns;
        private final int createdColumn;
        private final Map<Integer, String> stockColumns = new LinkedHashMap<>();
        private final Map<Subject, SubjectPosts> bySubject = new LinkedHashMap<>();
        private final Map<String, Long> unknownAccounts = new TreeMap<>();

        private record SubjectPosts(PostSheet sheet, Emitter emitter) {
        }

        Posts(List<String> headers, ImportContext context, ObservationSink sink, ReportBuilder report) {
            this.headers = headers;
            this.context = context;
            this.sink = sink;
            this.report = report;
            boolean instagram = ExportTable.columnOf(headers, "page name") < 0 && ExportTable.columnOf(headers, "group name") < 0;
            this.platform = context.platform().orElse(instagram ? Platform.INSTAGRAM : Platform.FACEBOOK);
            this.ownerColumns = List.of(ExportTable.columnOf(headers, "user name"), ExportTable.columnOf(headers, "page name"),
                    ExportTable.columnOf(headers, "group name"), ExportTable.columnOf(headers, "account"));
            int created = ExportTable.columnOf(headers, "post created");
            this.createdColumn = created >= 0 ? created : ExportTable.columnOf(headers, "created");
            for (int i = 0; i < headers.size(); i++) {
                String metric = AT_POSTING.get(headers.get(i).strip().toLowerCase(Locale.ROOT));
                if (metric != null) {
                    stockColumns.put(i, metric);
                }
            }
        }

        void row(RowCells row) {
            Optional<Subject> subject = context.subject().or(() -> ownerOf(row));
            if (subject.isEmpty()) {
                report.rowRead();
                report.rowRejected();
                String owner = ownerColumns.stream().filter(i -> i >= 0).map(row::text).filter(t -> !t.isBlank())
                        .findFirst().orElse("(no name)").strip();
                unknownAccounts.merge(owner, 1L, Long::sum);
                return;
            }
            SubjectPosts posts = bySubject.computeIfAbsent(subject.get(), this::postsOf);
            if (posts.sheet().row(row)) {
                Instant created = ZonedDateTime.parse(row.text(createdColumn).strip(), zoned()).toInstant();
                stockColumns.forEach((column, metric) -> atPosting(row, column, metric, created, posts.emitter()));
            }
        }

        private void atPosting(RowCells row, int column, String metric, Instant created, Emitter emitter) {
            Optional<BigDecimal> value = row.count(column);
            value.ifPresent(v -> emitter.observe(metric, Window.at(created), Segment.TOTAL, Interval.exactly(v),
                    row.line()));
        }

        private DateTimeFormatter zoned() {
            return CREATED.withZone(context.zone());
        }

        private Optional<Subject> ownerOf(RowCells row) {
            for (int column : ownerColumns) {
                if (column >= 0 && !row.text(column).isBlank()) {
                    Optional<Subject> subject = context.subjects().resolve(row.text(column).strip(), platform);
                    if (subject.isPresent()) {
                        return subject;
                    }
                }
            }
            return Optional.empty();
        }

        private SubjectPosts postsOf(Subject subject) {
            MetricCatalogue catalogue = context.catalogue();
            PostSheet.DayColumn day = new PostSheet.DayColumn(createdColumn,
                    text -> ZonedDateTime.parse(text, zoned()).withZoneSameInstant(context.zone()).toLocalDate(),
                    "a time like 2023-11-13 04:30:36 EST");
            PostSheet sheet = new PostSheet(headers, i -> metricsOf(i, catalogue), headers::get, day, true, "posts",
                    report);
            stockColumns.forEach((column, metric) -> report.mapped(headers.get(column), metric + " (at the post's time)"));
            return new SubjectPosts(sheet, new Emitter(sink, report, subject, platform, context.zone(),
                    context.importId(), Optional.empty()));
        }

        private List<Metric> metricsOf(int column, MetricCatalogue catalogue) {
            return METRICS.getOrDefault(headers.get(column).strip().toLowerCase(Locale.ROOT), List.of()).stream()
                    .flatMap(id -> catalogue.find(id).stream()).toList();
        }

        void finish() {
            bySubject.values().forEach(posts ->
                    posts.sheet().finish(posts.emitter(), PostRollup.Covered.of(context.covers(), Optional.empty())));
            if (!unknownAccounts.isEmpty()) {
                report.note("rows of accounts that belong to none of the dossier's subjects were not read: "
                        + unknownAccounts);
            }
            if (bySubject.isEmpty() && unknownAccounts.isEmpty()) {
                report.note("the file holds no posts");
            }
        }
    }
}
