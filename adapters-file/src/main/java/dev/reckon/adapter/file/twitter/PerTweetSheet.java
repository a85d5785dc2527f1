package dev.reckon.adapter.file.twitter;

import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.ReportBuilder;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.domain.metric.AggregationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss] xx");
    private static final Pattern PERMALINK = Pattern.compile("https?://(?:www\\.)?(?:twitter|x)\\.com/([^/]+)/status/.*");

    private final List<String> headers;
    private final ReportBuilder report;
    private final ZoneId zone;
    private final int timeColumn;
    private final int permalinkColumn;
    private final Map<Integer, String> metricColumns = new LinkedHashMap<>();
    private final PostRollup rollup = new PostRollup("tweets");
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
                rollup.holds(metric.get());
                report.mapped(header, metric.get());
            } else if (i != timeColumn) {
                report.ignored(header);
            }
        }
        rollup.holds(PostRollup.POSTS);
        report.mapped("(each row)", PostRollup.POSTS);
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
            rollup.rejected(day);
            return;
        }
        if (permalinkAccount.isEmpty() && permalinkColumn >= 0) {
            Matcher m = PERMALINK.matcher(row.text(permalinkColumn).strip());
            if (m.matches()) {
                permalinkAccount = Optional.of(m.group(1));
            }
        }
        values.forEach((metric, value) -> rollup.add(metric, AggregationKind.ADDITIVE, day.get(), value, row.line()));
        rollup.post(day.get(), row.line(), true);
        report.rowAccepted();
    }

    /** The account the tweets' permalinks name, for files renamed by their user. */
    Optional<String> permalinkAccount() {
        return permalinkAccount;
    }

    /** Emits the daily values and the coverage over {@code covered}; see {@link PostRollup}. */
    void finish(Emitter emitter, Optional<PostRollup.Covered> covered) {
        rollup.finish(emitter, report, covered);
    }
}
