package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.domain.metric.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The rows of a post-level export (one row per post, its lifetime totals) read into a
 * {@link PostRollup}: each mapped cell is added to its metric on the post's publish day, and a row
 * with any bad cell is rejected whole, so that a day's totals are never silently short.
 */
public final class PostSheet {

    /** Where a post's publish day is, and how to read it. */
    public record DayColumn(int index, Function<String, LocalDate> parser, String expected) {
        public DayColumn {
            Objects.requireNonNull(parser, "parser is null");
            Objects.requireNonNull(expected, "expected is null");
        }
    }

    private final ReportBuilder report;
    private final DayColumn dayColumn;
    private final boolean countsPosts;
    private final Map<Integer, List<Metric>> metricColumns = new LinkedHashMap<>();
    private final PostRollup rollup;

    /**
     * @param columnMetrics what a column (0-based) is read as: no metric, one, or several (a like is
     *                      also a reaction); columns read as one metric are added up
     * @param label        how the report names a column
     * @param countsPosts  whether each row counts one {@code posts}
     * @param rowsAre      what a row is, for the report ({@code tweets}, {@code posts})
     */
    public PostSheet(List<String> headers, IntFunction<List<Metric>> columnMetrics, IntFunction<String> label,
                     DayColumn dayColumn, boolean countsPosts, String rowsAre, ReportBuilder report) {
        this.report = Objects.requireNonNull(report, "report is null");
        this.dayColumn = Objects.requireNonNull(dayColumn, "dayColumn is null");
        this.countsPosts = countsPosts;
        this.rollup = new PostRollup(rowsAre);
        for (int i = 0; i < headers.size(); i++) {
            List<Metric> metrics = columnMetrics.apply(i);
            if (!metrics.isEmpty()) {
                metricColumns.put(i, List.copyOf(metrics));
                for (Metric metric : metrics) {
                    rollup.holds(metric.id());
                    report.mapped(label.apply(i), metric.id());
                }
            } else if (i != dayColumn.index()) {
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
        Optional<LocalDate> day = row.parse(dayColumn.index(), dayColumn.parser(), dayColumn.expected());
        Map<Metric, BigDecimal> values = new LinkedHashMap<>();
        metricColumns.forEach((column, metrics) -> row.count(column).ifPresent(v ->
                metrics.forEach(metric -> values.merge(metric, v, BigDecimal::add))));
        if (row.isFaulty() || day.isEmpty()) {
            report.rowRejected();
            rollup.rejected(day);
            return false;
        }
        values.forEach((metric, value) -> rollup.add(metric.id(), metric.kind(), day.get(), value, row.line()));
        rollup.post(day.get(), row.line(), countsPosts);
        report.rowAccepted();
        return true;
    }

    /** Emits the daily values and the coverage over {@code covered}; see {@link PostRollup}. */
    public void finish(Emitter emitter, Optional<PostRollup.Covered> covered) {
        rollup.finish(emitter, report, covered);
    }
}
