package dev.reckon.adapter.file.facebook;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.platform.DayMonthOrder;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.PostSheet;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Classic Facebook Insights post exports: the post-level export
 * ({@code Facebook Insights Data Export (Post Level) - <Page> - <from> - <to>.csv}) and the video
 * posts export ({@code (Video Posts)}). Each post's lifetime totals are rolled up by publish day.
 * The post-level export gives posts, post reach, impressions, likes, comments and shares; the video
 * export gives only post video views, since its other columns repeat the post-level export's for
 * videos alone and would clash with the post-level totals of the same days.
 */
public final class InsightsPostReader implements ExportReader {

    public static final String POSTS_FORMAT = "facebook-insights-posts";
    public static final String VIDEO_FORMAT = "facebook-insights-video-posts";

    private final boolean video;

    private InsightsPostReader(boolean video) {
        this.video = video;
    }

    public static InsightsPostReader posts() {
        return new InsightsPostReader(false);
    }

    public static InsightsPostReader videoPosts() {
        return new InsightsPostReader(true);
    }

    @Override
    public String format() {
        return video ? VIDEO_FORMAT : POSTS_FORMAT;
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        if (!InsightsHeader.hasTwoRows(header, "post id")) {
            return Recognition.no("a Facebook Insights post export starts with a 'Post ID' column and a second row"
                    + " of descriptions");
        }
        if (InsightsHeader.isVideoPosts(header) != video) {
            return Recognition.no(video ? "it is the post-level export, not the video posts one"
                    : "it is the video posts export, not the post-level one");
        }
        return Recognition.yes();
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        Platform platform = context.platform().orElse(Platform.FACEBOOK);
        Optional<InsightsFileName> name = InsightsFileName.parse(input.fileName());
        DayMonthOrder order = DayMonthOrder.of(input, "posted", 2);
        return ExportTable.read(input, format(), List.of("post id", "posted"), (table, titles, report) -> {
            Optional<List<String>> descriptions = table.nextHeaderRow(titles, "second header row, the descriptions",
                    report);
            if (descriptions.isEmpty()) {
                return;
            }
            InsightsMetrics metrics = new InsightsMetrics(context.catalogue());
            PostRollup rollup = new PostRollup("posts", context.zone(), PostRollup.Covered.of(context.covers(),
                    name.map(n -> Window.ofDays(n.first(), n.last(), context.dataZone()))));
            Optional<PostSheet> sheet = InsightsPostSheet.of(titles, descriptions.get(),
                    video ? metrics::videoPost : metrics::post, !video, context.dataZone(), order, rollup, report);
            if (sheet.isEmpty()) {
                report.fileProblem("the file has no 'Posted' column, so its posts have no day");
                return;
            }
            report.note("'Posted' times, and the days of the file name, are read in " + DataZones.named(context));
            order.note("Posted").ifPresent(report::note);
            table.forEachRow(titles, report, sheet.get()::row);
            Optional<Subject> subject = AccountSubject.resolve(context, platform, name.map(InsightsFileName::page),
                    report);
            if (subject.isEmpty()) {
                report.rejectAccepted();
                return;
            }
            Emitter emitter = new Emitter(sink, report, subject.get(), platform, context.zone(), context.importId(),
                    Optional.empty());
            sheet.get().finish(emitter);
        });
    }
}
