package dev.reckon.adapter.file.meta;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.platform.DayMonthOrder;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.PostFields;
import dev.reckon.adapter.file.platform.PostSheet;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.adapter.file.platform.TableExportReader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Meta Business Suite organic posts export (2025): one row per post with its lifetime totals as of
 * the export ({@code Date} holds the word {@code Lifetime}), rolled up by publish day. The page
 * comes from the {@code Page name} column; the file name says nothing, so the covered window comes
 * only from the dossier entry's {@code covers}.
 *
 * <p>Meta's "Views" replaced "Impressions" in 2025 (times content was shown), so it is read as
 * post impressions; "3-second video views" are the platform's video views. The boosted and organic
 * splits, viewer counts, seconds viewed and the descriptive columns are not read.
 */
public final class MetaPostsReader extends TableExportReader {

    public static final String FORMAT = "meta-organic-posts";
    private static final List<String> REQUIRED = List.of("post id", "page id", "page name", "publish time");
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern(
            "[MM/dd/yyyy HH:mm][yyyy-MM-dd'T'HH:mm[:ss]][yyyy-MM-dd HH:mm[:ss]]", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST_PUBLISHED = DateTimeFormatter.ofPattern(
            "[dd/MM/yyyy HH:mm][yyyy-MM-dd'T'HH:mm[:ss]][yyyy-MM-dd HH:mm[:ss]]", Locale.ENGLISH);
    private static final Map<String, String> METRICS = Map.of(
            "views", "post_impressions",
            "reach", "post_reach",
            "3-second video views", "post_video_views",
            "reactions, comments and shares", "post_engagements",
            "reactions", "post_reactions",
            "comments", "post_comments",
            "shares", "post_shares");

    public MetaPostsReader() {
        super(FORMAT);
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        return ExportTable.hasColumns(header, REQUIRED,
                "a Meta Business Suite posts export has the columns Post ID, Page ID, Page name and Publish time");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        Platform platform = context.platform().orElse(Platform.FACEBOOK);
        DayMonthOrder order = DayMonthOrder.of(input, "publish time", 1);
        return ExportTable.read(input, FORMAT, REQUIRED, (table, headers, report) -> {
            int pageColumn = ExportTable.columnOf(headers, "page name");
            PostSheet.TimeColumn published = new PostSheet.TimeColumn(ExportTable.columnOf(headers, "publish time"),
                    order.parser(text -> LocalDateTime.parse(text, PUBLISHED),
                            text -> LocalDateTime.parse(text, DAY_FIRST_PUBLISHED))
                            .andThen(local -> local.atZone(context.dataZone()).toInstant()),
                    order.expected("09/20/2025 14:03", "20/09/2025 14:03").replaceFirst("^a date", "a time"));
            order.note("Publish time").ifPresent(report::note);
            PostRollup rollup = new PostRollup("posts", context.zone(),
                    PostRollup.Covered.of(context.covers(), Optional.empty()));
            PostSheet sheet = new PostSheet(headers,
                    i -> Optional.ofNullable(METRICS.get(headers.get(i).strip().toLowerCase(Locale.ROOT)))
                            .flatMap(context.catalogue()::named).stream().toList(),
                    headers::get, published, true, rollup,
                    PostFields.named(headers, "post id", "post type", "permalink", "description"), report);
            DataZones.noteTimes(context, report);
            AtomicReference<String> page = new AtomicReference<>();
            table.forEachRow(headers, report, (RowCells row) -> {
                if (sheet.row(row) && page.get() == null && !row.text(pageColumn).isBlank()) {
                    page.set(row.text(pageColumn).strip());
                }
            });
            Optional<Subject> subject = AccountSubject.resolve(context, platform, Optional.ofNullable(page.get()), report);
            if (subject.isEmpty()) {
                report.rejectAccepted();
                return;
            }
            Emitter emitter = new Emitter(sink, report, subject.get(), platform, context.zone(), context.importId(),
                    Optional.empty());
            sheet.finish(emitter);
        });
    }
}
