package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The rows of a post-level export (one row per post, its lifetime totals) read into a
 * {@link PostRollup}: each mapped cell is added to its metric in the post's publish slot, and a row
 * with any bad cell is rejected whole, so that a day's totals are never silently short. Each
 * accepted post is also kept, with its values and its id where the export gives one
 * ({@link PostFields}), and handed on with the roll-up once the file's subject is known.
 */
public final class PostSheet {

    /** Where a post's publish time is, and how to read it as an instant. */
    public record TimeColumn(int index, Function<String, Instant> parser, String expected) {
        public TimeColumn {
            Objects.requireNonNull(parser, "parser is null");
            Objects.requireNonNull(expected, "expected is null");
        }
    }

    private final ReportBuilder report;
    private final TimeColumn timeColumn;
    private final boolean countsPosts;
    private final Map<Integer, List<Metric>> metricColumns = new LinkedHashMap<>();
    private final PostRollup rollup;
    private final PostFields fields;
    private final List<PostRow> kept = new ArrayList<>();
    private long withoutId;

    /**
     * @param columnMetrics what a column (0-based) is read as: no metric, one, or several (a like is
     *                      also a reaction); columns read as one metric are added up
     * @param label        how the report names a column
     * @param countsPosts  whether each row counts one {@code posts}
     * @param rollup       where the posts' values go, by the slot each was published in
     * @param fields       where each post's id, type, permalink and text are
     */
    public PostSheet(List<String> headers, IntFunction<List<Metric>> columnMetrics, IntFunction<String> label,
                     TimeColumn timeColumn, boolean countsPosts, PostRollup rollup, PostFields fields,
                     ReportBuilder report) {
        this.fields = Objects.requireNonNull(fields, "fields is null");
        this.report = Objects.requireNonNull(report, "report is null");
        this.timeColumn = Objects.requireNonNull(timeColumn, "timeColumn is null");
        this.countsPosts = countsPosts;
        this.rollup = Objects.requireNonNull(rollup, "rollup is null");
        for (int i = 0; i < headers.size(); i++) {
            List<Metric> metrics = columnMetrics.apply(i);
            if (!metrics.isEmpty()) {
                metricColumns.put(i, List.copyOf(metrics));
                for (Metric metric : metrics) {
                    rollup.holds(metric);
                    report.mapped(label.apply(i), metric.id().value());
                }
            } else if (i != timeColumn.index()) {
                report.ignored(label.apply(i));
            }
        }
        if (countsPosts) {
            rollup.holds(PostRollup.POSTS);
            report.mapped("(each row)", PostRollup.POSTS);
        }
    }

    /** Reads one post; true when it was accepted. */
    public boolean row(RowCells row) {
        report.rowRead();
        Optional<Instant> created = row.parse(timeColumn.index(), timeColumn.parser(), timeColumn.expected());
        Optional<Window> slot = created.map(rollup::slotOf);
        Map<Metric, BigDecimal> values = new LinkedHashMap<>();
        metricColumns.forEach((column, metrics) -> row.count(column).ifPresent(v ->
                metrics.forEach(metric -> values.merge(metric, v, BigDecimal::add))));
        if (row.isFaulty() || slot.isEmpty()) {
            report.rowRejected();
            rollup.rejected(slot);
            return false;
        }
        values.forEach((metric, value) -> rollup.add(metric.id().value(), metric.kind(), slot.get(), value, row.line()));
        rollup.post(slot.get(), row.line(), countsPosts);
        keep(row, created.get(), values);
        report.rowAccepted();
        return true;
    }

    private void keep(RowCells row, Instant created, Map<Metric, BigDecimal> values) {
        Map<MetricId, Interval> lifetime = new LinkedHashMap<>();
        values.forEach((metric, value) -> lifetime.put(metric.id(), Interval.exactly(value)));
        PostRow post = fields.post(row::text, created, lifetime, row.line());
        kept.add(post);
        if (post.id().equals(PostRow.NO_ID)) {
            withoutId++;
        }
    }

    /** Emits the rolled-up values and the coverage ({@link PostRollup}), then the posts kept. */
    public void finish(Emitter emitter) {
        rollup.finish(emitter, report);
        kept.forEach(emitter::post);
        report.note(kept.size() + " posts kept one by one"
                + (withoutId == 0 ? "" : "; " + PostRow.withoutIds(withoutId)));
    }
}
