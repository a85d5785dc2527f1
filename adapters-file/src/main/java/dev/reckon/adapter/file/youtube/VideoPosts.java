package dev.reckon.adapter.file.youtube;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.PostRow;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.PostText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The video rows of a YouTube Studio table export, kept as posts where the window the export covers
 * holds the whole of a video's life up to its end (see {@link YouTubeTableReader}). A video is
 * known by its id ({@code Content}); Studio gives its publish day, not its time, so a post of it is
 * created at the start of that day in the file's zone. Not thread-safe.
 */
final class VideoPosts {

    /** Studio's publish day, {@code Sep 27, 2024}. */
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    static final String EXPECTED_DAY = "a day like Sep 27, 2024";
    private static final Map<String, MetricId> METRICS = Map.of(
            "views", new MetricId("post_video_views"),
            "impressions", new MetricId("post_impressions"));

    private final ReportBuilder report;
    private final ZoneId zone;
    private final int titleColumn;
    private final int publishedColumn;
    /** The column of each metric a video's row gives, by metric id. */
    private final Map<MetricId, Integer> metricColumns = new LinkedHashMap<>();
    private long kept;
    private long publishedBefore;
    private long unreadable;

    private VideoPosts(ReportBuilder report, ZoneId zone, int titleColumn, int publishedColumn) {
        this.report = Objects.requireNonNull(report, "report is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
        this.titleColumn = titleColumn;
        this.publishedColumn = publishedColumn;
    }

    static VideoPosts of(List<String> headers, ImportContext context, ReportBuilder report) {
        VideoPosts posts = new VideoPosts(report, context.dataZone(), ExportTable.columnOf(headers, "video title"),
                ExportTable.columnOf(headers, "video publish time"));
        for (int i = 1; i < headers.size(); i++) {
            MetricId metric = METRICS.get(headers.get(i).strip().toLowerCase(Locale.ROOT));
            if (metric != null && context.catalogue().find(metric).isPresent()) {
                posts.metricColumns.putIfAbsent(metric, i);
            }
        }
        return posts;
    }

    /** Reads the video in {@code row}; {@code period} is the window the file's figures are over. */
    void row(RowCells row, Window period, Emitter emitter) {
        String id = row.text(0).strip();
        Optional<LocalDate> published = publishedColumn < 0 || row.text(publishedColumn).isBlank() ? Optional.empty()
                : row.parse(publishedColumn, text -> LocalDate.parse(text.strip(), PUBLISHED), EXPECTED_DAY);
        Map<MetricId, Interval> values = new LinkedHashMap<>();
        metricColumns.forEach((metric, column) -> row.count(column)
                .ifPresent(value -> values.put(metric, Interval.exactly(value))));
        if (id.isEmpty() || published.isEmpty() || row.isFaulty()) {
            unreadable++;
            return;
        }
        Instant created = published.get().atStartOfDay(zone).toInstant();
        if (created.isBefore(period.start()) || !created.isBefore(period.end())) {
            publishedBefore++;
            return;
        }
        emitter.post(new PostRow(id, created, Optional.of("video"),
                Optional.of("https://www.youtube.com/watch?v=" + id),
                titleColumn < 0 ? Optional.empty() : PostText.preview(row.text(titleColumn)), values, row.line()));
        kept++;
    }

    /** Says in the report what became of the video rows. */
    void finish() {
        report.note(kept + " videos published within 'covers' kept as posts, with their figures over it as their"
                + " lifetime values");
        if (publishedBefore > 0) {
            report.note(publishedBefore + " videos published outside 'covers' not kept as posts: their figures cover"
                    + " only part of their lives");
        }
        if (unreadable > 0) {
            report.note(unreadable + " video rows without an id or a readable publish day not kept as posts");
        }
    }
}
