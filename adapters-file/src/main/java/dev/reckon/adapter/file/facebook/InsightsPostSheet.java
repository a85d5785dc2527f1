package dev.reckon.adapter.file.facebook;

import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.ReportBuilder;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.domain.metric.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The post rows of a classic Insights post export, rolled up by the day each post was published
 * ({@code Posted}, {@code 02/14/2016 12:40:16 AM}, a time in the dossier's zone).
 */
final class InsightsPostSheet {

    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

    private final ReportBuilder report;
    private final int postedColumn;
    private final boolean countsPosts;
    private final Map<Integer, Metric> metricColumns = new LinkedHashMap<>();
    private final PostRollup rollup = new PostRollup("posts");

    /**
     * @param mapping     which metric a column is read as
     * @param countsPosts whether each row counts one {@code posts}: the video export holds only videos
     */
    InsightsPostSheet(List<String> titles, List<String> descriptions, Function<InsightsColumn, Optional<Metric>> mapping,
                      boolean countsPosts, ReportBuilder report) {
        this.report = report;
        this.countsPosts = countsPosts;
        int posted = -1;
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).strip().equalsIgnoreCase("posted")) {
                posted = i;
            }
        }
        this.postedColumn = posted;
        Set<Integer> read = new HashSet<>();
        for (InsightsColumn column : InsightsColumn.of(titles, descriptions)) {
            mapping.apply(column).ifPresent(metric -> {
                metricColumns.put(column.index(), metric);
                rollup.holds(metric.id());
                read.add(column.index());
                report.mapped(InsightsColumn.label(titles, column.index()), metric.id());
            });
        }
        if (countsPosts) {
            rollup.holds(PostRollup.POSTS);
            report.mapped("(each row)", PostRollup.POSTS);
        }
        for (int i = 0; i < titles.size(); i++) {
            if (!read.contains(i) && i != postedColumn) {
                report.ignored(InsightsColumn.label(titles, i));
            }
        }
    }

    boolean hasPostedColumn() {
        return postedColumn >= 0;
    }

    void row(RowCells row) {
        report.rowRead();
        Optional<LocalDate> day = row.parse(postedColumn, text -> LocalDateTime.parse(text, POSTED).toLocalDate(),
                "a time like 02/14/2016 12:40:16 AM");
        Map<Metric, BigDecimal> values = new LinkedHashMap<>();
        metricColumns.forEach((column, metric) -> row.count(column).ifPresent(v -> values.put(metric, v)));
        if (row.isFaulty() || day.isEmpty()) {
            report.rowRejected();
            rollup.rejected(day);
            return;
        }
        values.forEach((metric, value) -> rollup.add(metric.id(), metric.kind(), day.get(), value, row.line()));
        rollup.post(day.get(), row.line(), countsPosts);
        report.rowAccepted();
    }

    void finish(Emitter emitter, Optional<PostRollup.Covered> covered) {
        rollup.finish(emitter, report, covered);
    }
}
