package dev.reckon.adapter.file.twitter;

import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.PostFields;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.PostSheet;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.domain.metric.MetricCatalogue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one per-tweet X export, rolled up while they are read into one value per metric and
 * publish day (in the dossier's zone, cut at the file's covered window; see {@link PostRollup}):
 * tweets hold lifetime totals, attributed to the moment they were published. Each tweet also
 * counts one {@code posts}.
 */
final class PerTweetSheet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss] xx");
    private static final Pattern PERMALINK = Pattern.compile("https?://(?:www\\.)?(?:twitter|x)\\.com/([^/]+)/status/.*");

    private final PostSheet posts;
    private final int permalinkColumn;
    private Optional<String> permalinkAccount = Optional.empty();

    PerTweetSheet(List<String> headers, ReportBuilder report, PostRollup rollup, MetricCatalogue catalogue) {
        this.permalinkColumn = ExportTable.columnOf(headers, "tweet permalink");
        PostSheet.TimeColumn time = new PostSheet.TimeColumn(ExportTable.columnOf(headers, "time"),
                text -> OffsetDateTime.parse(text, TIME).toInstant(), "a time like 2021-11-30 16:00 +0000");
        this.posts = new PostSheet(headers,
                i -> TwitterColumns.perTweetMetric(headers.get(i)).flatMap(catalogue::named).stream().toList(), headers::get,
                time, true, rollup, new PostFields(ExportTable.columnOf(headers, "tweet id"), -1, permalinkColumn,
                ExportTable.columnOf(headers, "tweet text")), report);
    }

    void row(RowCells row) {
        if (posts.row(row) && permalinkAccount.isEmpty() && permalinkColumn >= 0) {
            Matcher m = PERMALINK.matcher(row.text(permalinkColumn).strip());
            if (m.matches()) {
                permalinkAccount = Optional.of(m.group(1));
            }
        }
    }

    /** The account the tweets' permalinks name, for files renamed by their user. */
    Optional<String> permalinkAccount() {
        return permalinkAccount;
    }

    void finish(Emitter emitter) {
        posts.finish(emitter);
    }
}
