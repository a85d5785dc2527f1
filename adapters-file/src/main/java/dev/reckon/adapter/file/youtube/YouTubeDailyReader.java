package dev.reckon.adapter.file.youtube;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.DailyRollup;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.platform.DayRuns;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * YouTube Studio daily exports: {@code Chart data.csv} ({@code Date, Content, Video title, Video
 * publish time, Duration, <metric>}: one row per day per video, added up per day; a distinct count
 * such as unique viewers becomes {@code [largest video, sum of videos]}) and {@code Totals.csv}
 * ({@code Date, <metric>}: the channel's day). Each day read is covered. The files do not name the
 * channel, so the dossier entry gives the subject.
 */
public final class YouTubeDailyReader implements ExportReader {

    public static final String CHART_FORMAT = "youtube-chart-data";
    public static final String TOTALS_FORMAT = "youtube-totals";

    private final boolean perVideo;

    private YouTubeDailyReader(boolean perVideo) {
        this.perVideo = perVideo;
    }

    public static YouTubeDailyReader chartData() {
        return new YouTubeDailyReader(true);
    }

    public static YouTubeDailyReader totals() {
        return new YouTubeDailyReader(false);
    }

    @Override
    public String format() {
        return perVideo ? CHART_FORMAT : TOTALS_FORMAT;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        List<String> names = ExportTable.names(header.firstLine());
        boolean dated = !names.isEmpty() && names.get(0).equals("date");
        if (perVideo && dated && names.size() > 2 && names.get(1).equals("content")) {
            return Recognition.yes();
        }
        if (!perVideo && dated && names.size() == 2 && YouTubeColumns.isMetricName(names.get(1))) {
            return Recognition.yes();
        }
        return Recognition.no(perVideo ? "a YouTube chart export starts with the columns 'Date' and 'Content'"
                : "a YouTube totals export has two columns, 'Date' and a YouTube metric such as 'Views'");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        return ExportTable.read(input, format(), List.of("date"), (table, headers, report) -> {
            Optional<Subject> subject = AccountSubject.resolve(context, Platform.YOUTUBE, Optional.empty(), report);
            if (subject.isEmpty()) {
                return;
            }
            Map<Integer, Metric> columns = new LinkedHashMap<>();
            for (int i = 1; i < headers.size(); i++) {
                Optional<Metric> metric = YouTubeColumns.metric(headers.get(i), context.catalogue());
                if (metric.isPresent()) {
                    columns.put(i, metric.get());
                    report.mapped(headers.get(i), metric.get().id().value());
                } else {
                    report.ignored(headers.get(i));
                }
            }
            DataZones.noteDays(context, report);
            Days days = new Days(columns, report, context.dataZone());
            table.forEachRow(headers, report, days::row);
            days.finish(new Emitter(sink, report, subject.get(), Platform.YOUTUBE, context.dataZone(), context.importId(),
                    Optional.empty()));
        });
    }

    /** The day rows, added up per day. */
    private static final class Days {
        private final Map<Integer, Metric> columns;
        private final ReportBuilder report;
        private final DailyRollup rollup = new DailyRollup();
        private final Map<String, DayRuns> covered = new LinkedHashMap<>();
        private final Map<String, Set<LocalDate>> incomplete = new LinkedHashMap<>();
        private final ZoneId zone;
        /** The day read last and its window: rows come day by day, one per video. */
        private LocalDate lastDate;
        private Window lastDay;

        Days(Map<Integer, Metric> columns, ReportBuilder report, ZoneId zone) {
            this.columns = columns;
            this.report = report;
            this.zone = zone;
            columns.values().forEach(m -> {
                covered.putIfAbsent(m.id().value(), new DayRuns());
                incomplete.putIfAbsent(m.id().value(), new HashSet<>());
            });
        }

        void row(RowCells row) {
            report.rowRead();
            Optional<LocalDate> day = row.parse(0, LocalDate::parse, "a date like 2024-09-27");
            columns.forEach((column, metric) -> {
                Optional<BigDecimal> value = row.count(column);
                day.ifPresent(d -> {
                    if (value.isPresent()) {
                        rollup.add(metric.id().value(), metric.kind(), window(d), Segment.TOTAL, value.get(), row.line());
                        covered.get(metric.id().value()).add(d);
                    } else {
                        // A video's missing or bad value leaves its day's total unknown.
                        incomplete.get(metric.id().value()).add(d);
                    }
                });
            });
            report.rowEnded(row.isFaulty());
        }

        private Window window(LocalDate day) {
            if (!day.equals(lastDate)) {
                lastDate = day;
                lastDay = Window.ofDay(day, zone);
            }
            return lastDay;
        }

        void finish(Emitter emitter) {
            incomplete.forEach((metric, days) -> days.forEach(day -> rollup.discard(metric, Window.ofDay(day, zone), Segment.TOTAL)));
            rollup.emit(emitter);
            covered.forEach((metric, days) -> {
                incomplete.get(metric).forEach(days::remove);
                emitter.cover(metric, Segment.TOTAL, days);
            });
            incomplete.forEach((metric, days) -> {
                if (!days.isEmpty()) {
                    report.note("days with a missing or unreadable " + metric + " value are left unknown: "
                            + days.stream().sorted().toList());
                }
            });
        }
    }
}
