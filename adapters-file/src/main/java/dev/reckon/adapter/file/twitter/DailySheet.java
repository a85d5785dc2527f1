package dev.reckon.adapter.file.twitter;

import dev.reckon.adapter.file.platform.DayRuns;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one daily X export: each row is one day, each mapped cell one event-time
 * observation of that day. The file covers, for each metric, the days whose cell it read.
 */
final class DailySheet {

    private final ReportBuilder report;
    private final int dateColumn;
    private final Map<Integer, String> metricColumns = new LinkedHashMap<>();
    private final Map<String, DayRuns> coveredDays = new LinkedHashMap<>();

    DailySheet(List<String> headers, ReportBuilder report) {
        this.report = report;
        int date = -1;
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Optional<String> metric = TwitterColumns.dailyMetric(header);
            if (TwitterColumns.normalise(header).equals("date") && date < 0) {
                date = i;
            } else if (metric.isPresent()) {
                metricColumns.put(i, metric.get());
                coveredDays.putIfAbsent(metric.get(), new DayRuns());
                report.mapped(header, metric.get());
            } else {
                report.ignored(header);
            }
        }
        this.dateColumn = date;
    }

    void row(RowCells row, Emitter emitter) {
        report.rowRead();
        Optional<LocalDate> day = row.parse(dateColumn, LocalDate::parse, "a date like 2021-08-01");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        metricColumns.forEach((column, metric) -> row.count(column).ifPresent(v -> values.put(metric, v)));
        if (day.isPresent()) {
            values.forEach((metric, value) -> {
                emitter.observeDay(metric, day.get(), Segment.TOTAL, Interval.exactly(value), row.line());
                coveredDays.get(metric).add(day.get());
            });
        }
        report.rowEnded(row.isFaulty());
    }

    void finish(Emitter emitter) {
        coveredDays.forEach((metric, days) -> emitter.cover(metric, Segment.TOTAL, days));
    }
}
