package dev.reckon.adapter.file.facebook;

import dev.reckon.adapter.file.platform.DayMonthOrder;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.PostFields;
import dev.reckon.adapter.file.platform.PostSheet;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.domain.metric.Metric;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The post rows of a classic Insights post export, rolled up by the day each post was published
 * ({@code Posted}, {@code 02/14/2016 12:40:16 AM}, a time in the file's zone: the dossier entry's,
 * else the dossier's).
 */
final class InsightsPostSheet {

    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
    private static final DateTimeFormatter DAY_FIRST_POSTED =
            DateTimeFormatter.ofPattern("dd/MM/yyyy hh:mm:ss a", Locale.US);

    private InsightsPostSheet() {
    }

    /**
     * @param mapping     which metric a column is read as
     * @param countsPosts whether each row counts one {@code posts}: the video export holds only videos
     * @param postedZone  the zone {@code Posted} times are in
     * @param order       which way round {@code Posted} writes day and month
     * @param rollup      where the posts' values go
     * @return the sheet, or empty when there is no {@code Posted} column to give posts a day
     */
    static Optional<PostSheet> of(List<String> titles, List<String> descriptions,
                                  Function<InsightsColumn, Optional<Metric>> mapping, boolean countsPosts,
                                  ZoneId postedZone, DayMonthOrder order, PostRollup rollup, ReportBuilder report) {
        int posted = ExportTable.columnOf(titles, "posted");
        if (posted < 0) {
            return Optional.empty();
        }
        Map<Integer, Metric> metrics = new HashMap<>();
        for (InsightsColumn column : InsightsColumn.of(titles, descriptions)) {
            mapping.apply(column).ifPresent(metric -> metrics.put(column.index(), metric));
        }
        PostSheet.TimeColumn time = new PostSheet.TimeColumn(posted,
                order.parser(text -> LocalDateTime.parse(text, POSTED), text -> LocalDateTime.parse(text, DAY_FIRST_POSTED))
                        .andThen(local -> local.atZone(postedZone).toInstant()),
                order.expected("02/14/2016 12:40:16 AM", "14/02/2016 12:40:16 AM").replaceFirst("^a date", "a time"));
        return Optional.of(new PostSheet(titles, i -> Optional.ofNullable(metrics.get(i)).stream().toList(),
                i -> InsightsColumn.label(titles, i), time, countsPosts, rollup,
                PostFields.named(titles, "post id", "type", "permalink", "post message"), report));
    }
}
