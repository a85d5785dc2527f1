package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.PostFields;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What each column of a CrowdTangle header is read as, worked out once per file: whose post a row
 * is, when it was created, the counts that add up into daily metrics (each metric a numbered slot,
 * {@code posts} the last) and the levels sampled at the post's time.
 */
final class PostColumns {

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

    /** A metric the counts of a row add up into. */
    record Slot(String metric, AggregationKind kind) {
        Slot {
            Objects.requireNonNull(metric, "metric is null");
            Objects.requireNonNull(kind, "kind is null");
        }
    }

    private final List<String> headers;
    private final int[] owners;
    private final int created;
    private final List<List<Metric>> metricsByColumn = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private final int[] countColumns;
    private final int[][] slotsByCountColumn;
    private final int[] levelColumns;
    private final String[] levelMetrics;
    private final PostFields fields;

    /** {@code headers} must have a {@code Post Created} or {@code Created} column. */
    PostColumns(List<String> headers, MetricCatalogue catalogue) {
        this.headers = List.copyOf(headers);
        this.owners = new int[] {ExportTable.columnOf(headers, "user name"), ExportTable.columnOf(headers, "page name"),
                ExportTable.columnOf(headers, "group name"), ExportTable.columnOf(headers, "account")};
        int postCreated = ExportTable.columnOf(headers, "post created");
        this.created = postCreated >= 0 ? postCreated : ExportTable.columnOf(headers, "created");
        List<Integer> counts = new ArrayList<>();
        List<int[]> slotsByCount = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<String> levelIds = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i).strip().toLowerCase(Locale.ROOT);
            List<Metric> metrics = METRICS.getOrDefault(name, List.of()).stream()
                    .flatMap(id -> catalogue.named(id).stream()).toList();
            metricsByColumn.add(metrics);
            if (!metrics.isEmpty()) {
                counts.add(i);
                slotsByCount.add(metrics.stream().mapToInt(this::slotOf).toArray());
            }
            String level = AT_POSTING.get(name);
            if (level != null) {
                levels.add(i);
                levelIds.add(level);
            }
        }
        slots.add(new Slot(PostRollup.POSTS, AggregationKind.ADDITIVE));
        this.countColumns = counts.stream().mapToInt(Integer::intValue).toArray();
        this.slotsByCountColumn = slotsByCount.toArray(int[][]::new);
        this.levelColumns = levels.stream().mapToInt(Integer::intValue).toArray();
        this.levelMetrics = levelIds.toArray(String[]::new);
        // CrowdTangle gives no post id column: a post's URL is its identity, and stays its address.
        this.fields = PostFields.named(headers, "url", "type", "url", "message");
    }

    /** Where each post's identity and description are. */
    PostFields fields() {
        return fields;
    }

    private int slotOf(Metric metric) {
        Slot slot = new Slot(metric.id().value(), metric.kind());
        int known = slots.indexOf(slot);
        if (known >= 0) {
            return known;
        }
        slots.add(slot);
        return slots.size() - 1;
    }

    /** The columns that may name the account a row belongs to, in the order they are tried; -1 for one the file lacks. */
    int[] owners() {
        return owners.clone();
    }

    int created() {
        return created;
    }

    List<Slot> slots() {
        return slots;
    }

    /** The slot {@code posts}, one per accepted row. */
    int postsSlot() {
        return slots.size() - 1;
    }

    /** How many columns hold counts. */
    int countColumns() {
        return countColumns.length;
    }

    /** The column of the {@code n}th count (0-based, in the header's order). */
    int countColumn(int n) {
        return countColumns[n];
    }

    /** The slots the {@code n}th count adds to: a like is also a reaction. */
    int[] slotsOfCount(int n) {
        return slotsByCountColumn[n];
    }

    /** How many columns hold levels at the post's time. */
    int levelColumns() {
        return levelColumns.length;
    }

    int levelColumn(int n) {
        return levelColumns[n];
    }

    String levelMetric(int n) {
        return levelMetrics[n];
    }

    /**
     * Tells {@code report} what each column is read as and {@code rollup} which metrics it holds, in
     * the order the shared post sheet does, so reports read alike across formats.
     */
    void describe(ReportBuilder report, PostRollup rollup) {
        for (int i = 0; i < headers.size(); i++) {
            List<Metric> metrics = metricsByColumn.get(i);
            for (Metric metric : metrics) {
                rollup.holds(metric);
                report.mapped(headers.get(i), metric.id().value());
            }
            if (metrics.isEmpty() && i != created) {
                report.ignored(headers.get(i));
            }
        }
        rollup.holds(PostRollup.POSTS);
        report.mapped("(each row)", PostRollup.POSTS);
        for (int n = 0; n < levelColumns.length; n++) {
            report.mapped(headers.get(levelColumns[n]), levelMetrics[n] + " (at the post's time)");
        }
    }
}
