package dev.reckon.adapter.file.meta;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.DayRuns;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Meta Business Suite daily tables whose dates have no year ({@code "August 19"}):
 * {@code Viewers.csv} ({@code Date, Total Viewers, New Viewers, Returning Viewers}; total viewers
 * are the people reached that day) and {@code FollowerHistory.csv} ({@code Date, Followers,
 * Difference in followers from previous day}; followers are a level at the end of each day). The
 * year comes from the dossier entry's {@code year}; without it nothing is read, since a guessed year
 * would put every figure in the wrong place. Dates must run forward: a file that crosses into a new
 * year cannot take a single year, so a date that goes back is a problem, not a guess.
 */
public final class YearlessDailyReader implements ExportReader {

    public static final String VIEWERS_FORMAT = "meta-viewers";
    public static final String FOLLOWERS_FORMAT = "meta-follower-history";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    private final String format;
    private final List<String> columns;
    private final String metric;

    private YearlessDailyReader(String format, List<String> columns, String metric) {
        this.format = format;
        this.columns = columns;
        this.metric = metric;
    }

    public static YearlessDailyReader viewers() {
        return new YearlessDailyReader(VIEWERS_FORMAT,
                List.of("date", "total viewers", "new viewers", "returning viewers"), "reach");
    }

    public static YearlessDailyReader followerHistory() {
        return new YearlessDailyReader(FOLLOWERS_FORMAT,
                List.of("date", "followers", "difference in followers from previous day"), "followers");
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        return ExportTable.names(header.firstLine()).equals(columns) ? Recognition.yes()
                : Recognition.no("this Meta Business Suite table has the columns " + String.join(", ", columns));
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        Platform platform = context.platform().orElse(Platform.FACEBOOK);
        return ExportTable.read(input, format, columns, (table, headers, report) -> {
            report.mapped(headers.get(1), metric);
            headers.subList(2, headers.size()).forEach(report::ignored);
            if (context.year().isEmpty()) {
                report.fileProblem("the dates of this file have no year (as in 'August 19'): give its dossier entry"
                        + " a 'year'");
                return;
            }
            Optional<Subject> subject = AccountSubject.resolve(context, platform, Optional.empty(), report);
            if (subject.isEmpty()) {
                return;
            }
            Emitter emitter = Emitter.ofDays(sink, report, context, subject.get(), platform);
            Days days = new Days(context.year().get(), report,
                    context.catalogue().named(metric).map(Metric::kind).orElse(AggregationKind.STOCK));
            table.forEachRow(headers, report, row -> days.row(row, emitter));
            if (!days.covered.isEmpty()) {
                emitter.cover(metric, Segment.TOTAL, days.covered);
            }
        });
    }

    /** The day rows, read in order so that a date going back is caught. */
    private final class Days {
        private final Year year;
        private final ReportBuilder report;
        private final boolean covers;
        private final DayRuns covered = new DayRuns();
        private LocalDate previous;

        Days(Year year, ReportBuilder report, AggregationKind kind) {
            this.year = year;
            this.report = report;
            // A level says nothing about days without a row; counts of a day do.
            this.covers = kind != AggregationKind.STOCK;
        }

        void row(RowCells row, Emitter emitter) {
            report.rowRead();
            Optional<LocalDate> day = row.parse(0, text -> MonthDay.parse(text, MONTH_DAY), "a date like August 19")
                    .flatMap(monthDay -> inYear(row, monthDay));
            Optional<BigDecimal> value = row.count(1);
            if (day.isPresent() && value.isPresent()) {
                emitter.observeDay(metric, day.get(), Segment.TOTAL, Interval.exactly(value.get()), row.line());
                if (covers) {
                    covered.add(day.get());
                }
            }
            report.rowEnded(row.isFaulty());
        }

        private Optional<LocalDate> inYear(RowCells row, MonthDay monthDay) {
            if (!monthDay.isValidYear(year.getValue())) {
                row.problem(0, monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + monthDay.getDayOfMonth() + " is not a day of " + year + ", the year the dossier entry gives");
                return Optional.empty();
            }
            LocalDate day = monthDay.atYear(year.getValue());
            if (previous != null && day.isBefore(previous)) {
                row.problem(0, "the dates go back from " + previous + " to " + day + ": the file seems to run into a"
                        + " new year, which one 'year' cannot say; split it at the new year");
                return Optional.empty();
            }
            previous = day;
            return Optional.of(day);
        }
    }
}
