package dev.reckon.adapter.file.meta;

import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.DayRuns;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.TableExportReader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Meta Business Suite page series (2025): UTF-16LE with a byte order mark, a {@code sep=,} line,
 * the metric's name in quotes on line 2 ({@code "Facebook follows"}, {@code "Views"}), then
 * {@code "Date","Primary"} and one row per day ({@code "2025-09-20T00:00:00","20"}). A name that
 * starts with {@code Facebook} or {@code Instagram} gives the platform. The file does not name its
 * page, so its dossier entry gives the subject.
 */
public final class MetaPageSeriesReader extends TableExportReader {

    public static final String FORMAT = "meta-page-series";

    /**
     * Series names (without platform) read, and as what. Meta's "Views" replaced "Impressions" in
     * 2025 and counts the times content was shown, so it is read as impressions; "Viewers" and
     * "Reach" count people. "Follows" counts new follows per day, which no catalogue metric holds
     * (followers is a level, not a flow), so such a file is read with nothing mapped.
     */
    private static final Map<String, String> SERIES = Map.of(
            "views", "impressions",
            "impressions", "impressions",
            "reach", "reach",
            "viewers", "reach",
            "content interactions", "engagements",
            "interactions", "engagements");

    public MetaPageSeriesReader() {
        super(FORMAT);
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        List<String> lines = header.lines();
        // "sep=," as Meta writes it, or "sep=","" from a spreadsheet that quoted every field.
        if (lines.size() < 3 || !ExportTable.names(lines.get(0)).equals(List.of("sep=", ""))
                || !ExportTable.names(lines.get(2)).equals(List.of("date", "primary"))) {
            return Recognition.no("a Meta Business Suite page series starts with a 'sep=,' line, the series name and"
                    + " the columns 'Date', 'Primary'");
        }
        return Recognition.yes();
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        return ExportTable.read(input, FORMAT, List.of(), (table, preamble, report) -> {
            String series = table.next().map(r -> r.get(0).strip()).orElse("");
            Optional<List<String>> headers = table.next().map(CsvRecord::toList);
            boolean preambled = preamble.get(0).strip().equalsIgnoreCase("sep=");
            if (!preambled || series.isEmpty() || headers.isEmpty()
                    || !headers.get().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
                            .equals(List.of("date", "primary"))) {
                report.fileProblem("a Meta page series starts with a 'sep=,' line, the series name and the columns"
                        + " Date and Primary: this file does not");
                return;
            }
            Platform platform = platformOf(series).or(context::platform).orElse(Platform.FACEBOOK);
            Optional<String> metric = Optional.ofNullable(SERIES.get(withoutPlatform(series)));
            String column = headers.get().get(1);
            if (metric.isEmpty()) {
                report.ignored(column + " (" + series + ")");
                report.note("the series '" + series + "' has no Reckon metric; nothing was read");
                return;
            }
            report.mapped(column + " (" + series + ")", metric.get());
            Optional<Subject> subject = AccountSubject.resolve(context, platform, Optional.empty(), report);
            if (subject.isEmpty()) {
                return;
            }
            Emitter emitter = Emitter.ofDays(sink, report, context, subject.get(), platform);
            DayRuns covered = new DayRuns();
            table.forEachRow(headers.get(), report, row -> {
                report.rowRead();
                Optional<LocalDate> day = row.parse(0, text -> LocalDateTime.parse(text).toLocalDate(),
                        "a date like 2025-09-20T00:00:00");
                row.count(1).ifPresent(value -> day.ifPresent(d -> {
                    emitter.observeDay(metric.get(), d, Segment.TOTAL, Interval.exactly(value), row.line());
                    covered.add(d);
                }));
                report.rowEnded(row.isFaulty());
            });
            emitter.cover(metric.get(), Segment.TOTAL, covered);
        });
    }

    private static Optional<Platform> platformOf(String series) {
        String lower = series.toLowerCase(Locale.ROOT);
        if (lower.startsWith("facebook ")) {
            return Optional.of(Platform.FACEBOOK);
        }
        if (lower.startsWith("instagram ")) {
            return Optional.of(Platform.INSTAGRAM);
        }
        return Optional.empty();
    }

    private static String withoutPlatform(String series) {
        String lower = series.toLowerCase(Locale.ROOT).strip();
        return platformOf(series).map(p -> lower.substring(lower.indexOf(' ') + 1).strip()).orElse(lower);
    }
}
