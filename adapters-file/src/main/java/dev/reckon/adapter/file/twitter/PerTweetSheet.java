package dev.reckon.adapter.file.twitter;

import dev.reckon.adapter.file.platform.DailyRollup;
import dev.reckon.adapter.file.platform.DayRuns;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ReportBuilder;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one per-tweet X export, rolled up while they are read into one value per metric and
 * publish day (in the dossier's zone): tweets hold lifetime totals, attributed to the day they were
 * published. Each tweet also counts one {@code posts}.
 */
final class PerTweetSheet {

    static final String POSTS = "posts";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss] xx");
    private static final Pattern PERMALINK = Pattern.compile("https?://(?:www\\.)?(?:twitter|x)\\.com/([^/]+)/status/.*");

    private final List<String> headers;
    private final ReportBuilder report;
    private final ZoneId zone;
    private final int timeColumn;
    private final int permalinkColumn;
    private final Map<Integer, String> metricColumns = new LinkedHashMap<>();
    private final DailyRollup rollup = new DailyRollup();
    private final List<LocalDate> rejectedDays = new ArrayList<>();
    private boolean rejectedWithoutDay;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private Optional<String> permalinkAccount = Optional.empty();

    PerTweetSheet(List<String> headers, ReportBuilder report, ZoneId zone) {
        this.headers = List.copyOf(headers);
        this.report = report;
        this.zone = zone;
        this.timeColumn = indexOf("time");
        this.permalinkColumn = indexOf("tweet permalink");
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Optional<String> metric = TwitterColumns.perTweetMetric(header);
            if (metric.isPresent()) {
                metricColumns.put(i, metric.get());
                report.mapped(header, metric.get());
            } else if (i != timeColumn) {
                report.ignored(header);
            }
        }
        report.mapped("(each row)", POSTS);
    }

    private int indexOf(String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (TwitterColumns.normalise(headers.get(i)).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    List<String> headers() {
        return headers;
    }

    void row(RowCells row) {
        report.rowRead();
        Optional<LocalDate> day = row.parse(timeColumn,
                text -> OffsetDateTime.parse(text, TIME).atZoneSameInstant(zone).toLocalDate(),
                "a time like 2021-11-30 16:00 +0000");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        metricColumns.forEach((column, metric) -> row.count(column).ifPresent(v -> values.merge(metric, v, BigDecimal::add)));
        if (row.isFaulty() || day.isEmpty()) {
            report.rowRejected();
            day.ifPresentOrElse(rejectedDays::add, () -> rejectedWithoutDay = true);
            return;
        }
        if (permalinkAccount.isEmpty() && permalinkColumn >= 0) {
            Matcher m = PERMALINK.matcher(row.text(permalinkColumn).strip());
            if (m.matches()) {
                permalinkAccount = Optional.of(m.group(1));
            }
        }
        LocalDate publishDay = day.get();
        values.forEach((metric, value) ->
                rollup.add(metric, AggregationKind.ADDITIVE, publishDay, Segment.TOTAL, value, row.line()));
        rollup.add(POSTS, AggregationKind.ADDITIVE, publishDay, Segment.TOTAL, BigDecimal.ONE, row.line());
        rollup.rowRolled();
        report.rowAccepted();
        firstDay = firstDay == null || publishDay.isBefore(firstDay) ? publishDay : firstDay;
        lastDay = lastDay == null || publishDay.isAfter(lastDay) ? publishDay : lastDay;
    }

    /** The account the tweets' permalinks name, for files renamed by their user. */
    Optional<String> permalinkAccount() {
        return permalinkAccount;
    }

    /**
     * Emits the daily values, and coverage over {@code covered} for every metric read: days in it
     * without tweets count zero. Days with a rejected row are left out of the coverage, since their
     * totals are incomplete; a rejected row without a readable time spoils the whole coverage.
     */
    void finish(Emitter emitter, Optional<Covered> covered) {
        rollup.emit(emitter);
        report.note(rollup.rowsRolled() + " tweets rolled up into " + rollup.size()
                + " daily observations; each observation's line is the first tweet of its day");
        if (covered.isEmpty()) {
            report.note("no covered window: the file name is not the one X gives and the dossier entry has no"
                    + " 'covers', so days without tweets stay unknown rather than zero");
            return;
        }
        if (rejectedWithoutDay) {
            report.note("no covered window: a rejected row has no readable time, so no day can be known complete");
            return;
        }
        List<String> metrics = new ArrayList<>(new java.util.LinkedHashSet<>(metricColumns.values()));
        metrics.add(POSTS);
        Covered window = covered.get();
        if (window instanceof Covered.Days days) {
            DayRuns runs = new DayRuns();
            runs.addRange(days.first(), days.last());
            rejectedDays.forEach(runs::remove);
            metrics.forEach(metric -> emitter.cover(metric, Segment.TOTAL, runs));
            noteOutside(days.first(), days.last());
        } else if (window instanceof Covered.Exact exact) {
            if (!rejectedDays.isEmpty()) {
                report.note("no covered window: rows were rejected inside the window the dossier declares");
                return;
            }
            metrics.forEach(metric -> emitter.cover(metric, Segment.TOTAL, exact.window()));
        }
        if (!rejectedDays.isEmpty()) {
            report.note("days with a rejected row are not covered: " + rejectedDays.stream().distinct().sorted().toList());
        }
    }

    private void noteOutside(LocalDate first, LocalDate last) {
        if (firstDay != null && (firstDay.isBefore(first) || lastDay.isAfter(last))) {
            report.note("some tweets were published outside the window the file name gives (" + first + " to "
                    + last + "); they are imported, on their own days");
        }
    }

    /** The window a per-tweet file is complete over. */
    sealed interface Covered {
        /** Whole days in the dossier's zone, from the file name. */
        record Days(LocalDate first, LocalDate last) implements Covered {
        }

        /** The window the dossier entry declares. */
        record Exact(Window window) implements Covered {
        }
    }
}
