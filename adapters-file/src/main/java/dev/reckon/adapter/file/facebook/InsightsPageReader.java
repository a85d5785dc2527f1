package dev.reckon.adapter.file.facebook;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.DayRuns;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.DayMonthOrder;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.adapter.file.platform.TableExportReader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Classic Facebook Insights page-level export, one row per day
 * ({@code Facebook Insights Data Export - <Page> - <from> - <to>.csv}). Daily columns become
 * observations of that day; {@code Weekly} and {@code 28 Days} columns are rolling windows, so they
 * become observations over the 7 or 28 days ending that day; {@code Lifetime} columns are levels at
 * the end of the day. Breakdown columns ({@code Weekly Reach by City - <town>},
 * {@code Lifetime Likes by Country - <cc>}) become segments {@code city=} and {@code country=}.
 */
public final class InsightsPageReader extends TableExportReader {

    public static final String FORMAT = "facebook-insights-page";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final DateTimeFormatter DAY_FIRST_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    public InsightsPageReader() {
        super(FORMAT);
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        return InsightsHeader.hasTwoRows(header, "date") ? Recognition.yes()
                : Recognition.no("a Facebook Insights page export starts with a 'Date' column and a second row of"
                        + " descriptions");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        Optional<InsightsFileName> name = InsightsFileName.parse(input.fileName());
        DayMonthOrder order = DayMonthOrder.of(input, "date", 2);
        return ExportTable.read(input, FORMAT, List.of("date"), (table, titles, report) -> {
            Optional<List<String>> descriptions = table.nextHeaderRow(titles, "second header row, the descriptions",
                    report);
            if (descriptions.isEmpty()) {
                return;
            }
            Optional<Subject> subject = AccountSubject.resolve(context,
                    context.platform().orElse(Platform.FACEBOOK), name.map(InsightsFileName::page), report);
            if (subject.isEmpty()) {
                return;
            }
            Emitter emitter = Emitter.ofDays(sink, report, context, subject.get(),
                    context.platform().orElse(Platform.FACEBOOK));
            order.note("Date").ifPresent(report::note);
            Sheet sheet = new Sheet(titles, descriptions.get(), new InsightsMetrics(context.catalogue()), report,
                    name.map(InsightsFileName::last), order);
            table.forEachRow(titles, report, row -> sheet.row(row, emitter));
            sheet.finish(emitter);
        });
    }

    /** A series read over one period: at most one column of a file gives it. */
    private record SeriesPeriod(InsightsMetrics.Target target, InsightsColumn.Grain grain) {
    }

    /** The day rows of one page export. */
    private static final class Sheet {
        private final ReportBuilder report;
        private final Optional<LocalDate> lastDay;
        private final int dateColumn;
        private final Map<InsightsColumn, InsightsMetrics.Target> targets = new LinkedHashMap<>();
        private final Map<InsightsMetrics.Target, DayRuns> dailyCoverage = new LinkedHashMap<>();
        private final Set<LocalDate> partialDays = new HashSet<>();
        private final LeadingZeros leadingZeros = new LeadingZeros();
        private final List<String> titles;
        private final Function<String, LocalDate> dates;
        private final String expectedDate;

        Sheet(List<String> titles, List<String> descriptions, InsightsMetrics metrics, ReportBuilder report,
              Optional<LocalDate> lastDay, DayMonthOrder order) {
            this.report = report;
            this.dates = order.parser(text -> LocalDate.parse(text, DATE), text -> LocalDate.parse(text, DAY_FIRST_DATE));
            this.expectedDate = order.expected("8/19/2015", "19/8/2015");
            this.titles = titles;
            this.lastDay = lastDay;
            this.dateColumn = ExportTable.columnOf(titles, "date");
            Set<Integer> read = new HashSet<>();
            Set<SeriesPeriod> series = new HashSet<>();
            for (InsightsColumn column : InsightsColumn.of(titles, descriptions)) {
                // A second column of the same series and period would give a second value for the same key.
                metrics.page(column).filter(target -> series.add(new SeriesPeriod(target, column.grain()))).ifPresent(target -> {
                    targets.put(column, target);
                    read.add(column.index());
                    report.mapped(InsightsColumn.label(titles, column.index()), target.metric().id()
                            + (target.segment().isTotal() ? "" : "{" + target.segment() + "}"));
                });
            }
            for (int i = 0; i < titles.size(); i++) {
                if (!read.contains(i) && i != dateColumn) {
                    report.ignored(InsightsColumn.label(titles, i));
                }
            }
        }

        void row(RowCells row, Emitter emitter) {
            Optional<LocalDate> parsed = row.parse(dateColumn, dates, expectedDate);
            if (parsed.isPresent() && lastDay.isPresent() && parsed.get().isAfter(lastDay.get())) {
                // Facebook appends the day the export was made, still counting: not a whole day.
                partialDays.add(parsed.get());
                return;
            }
            report.rowRead();
            parsed.ifPresent(day -> targets.forEach((column, target) -> cell(row, day, column, target, emitter)));
            report.rowEnded(row.isFaulty());
        }

        private void cell(RowCells row, LocalDate day, InsightsColumn column, InsightsMetrics.Target target,
                          Emitter emitter) {
            Optional<BigDecimal> value = row.count(column.index());
            long line = row.line();
            value.ifPresent(v -> {
                Runnable observe = () -> emitter.observe(target.metric().id().value(), window(column, day, emitter),
                        target.segment(), Interval.exactly(v), line);
                if (column.grain() == InsightsColumn.Grain.LIFETIME) {
                    leadingZeros.take(column.index(), InsightsColumn.label(titles, column.index()), day, v, observe);
                } else {
                    observe.run();
                }
            });
            boolean blankBreakdown = value.isEmpty() && column.breakdown().isPresent()
                    && row.text(column.index()).isBlank();
            if (column.grain() == InsightsColumn.Grain.DAY && (value.isPresent() || blankBreakdown)) {
                // A breakdown leaves the cell of a town nobody came from empty: zero, not unknown.
                dailyCoverage.computeIfAbsent(target, t -> new DayRuns()).add(day);
            }
        }

        private static Window window(InsightsColumn column, LocalDate day, Emitter emitter) {
            if (column.grain() == InsightsColumn.Grain.LIFETIME) {
                return Window.ofDay(day, emitter.zone());
            }
            return Window.ofDays(day.minusDays(column.grain().days() - 1L), day, emitter.zone());
        }

        void finish(Emitter emitter) {
            leadingZeros.finish(report::note);
            dailyCoverage.forEach((target, days) -> emitter.cover(target.metric().id().value(), target.segment(), days));
            if (!partialDays.isEmpty()) {
                report.note("rows after the export's last day " + lastDay.orElseThrow() + " are partial days and"
                        + " were not read: " + partialDays.stream().sorted().toList());
            }
        }
    }
}
