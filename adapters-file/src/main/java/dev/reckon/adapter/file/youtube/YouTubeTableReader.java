package dev.reckon.adapter.file.youtube;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.RowCells;
import dev.reckon.adapter.file.platform.TableExportReader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YouTube Studio {@code Table data.csv}: one row per video plus a first row {@code Total}, each
 * holding figures over the period the user chose in Studio. The file does not say which period,
 * so the dossier entry must declare it in {@code covers} (and give the subject); the {@code Total}
 * row then becomes one observation per metric over exactly that window, the only place unique
 * viewers appear. Each video row published within that window is kept as a post: its figures over
 * the window are then everything it had from its publishing to the window's end, its lifetime
 * values as of then ({@code post_video_views}, {@code post_impressions}). A video published before
 * the window has only part of its life there, so its row is not kept as a post.
 */
public final class YouTubeTableReader extends TableExportReader {

    public static final String FORMAT = "youtube-table-data";

    public YouTubeTableReader() {
        super(FORMAT);
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        List<String> names = ExportTable.names(header.firstLine());
        return names.size() > 1 && names.get(0).equals("content") && names.get(1).equals("video title")
                ? Recognition.yes()
                : Recognition.no("a YouTube table export starts with the columns 'Content' and 'Video title'");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        return ExportTable.read(input, FORMAT, List.of("content"), (table, headers, report) -> {
            if (context.covers().isEmpty()) {
                report.fileProblem("a YouTube table export does not say which period its figures are over: give its"
                        + " dossier entry 'covers' with the period chosen in YouTube Studio");
                return;
            }
            Optional<Subject> subject = AccountSubject.resolve(context, Platform.YOUTUBE, Optional.empty(), report);
            if (subject.isEmpty()) {
                return;
            }
            Window period = context.covers().get();
            Map<Integer, Metric> columns = new LinkedHashMap<>();
            for (int i = 1; i < headers.size(); i++) {
                Optional<Metric> metric = YouTubeColumns.metric(headers.get(i), context.catalogue());
                if (metric.isPresent()) {
                    columns.put(i, metric.get());
                    report.mapped(headers.get(i) + " (Total row)", metric.get().id().value());
                } else {
                    report.ignored(headers.get(i));
                }
            }
            Emitter emitter = new Emitter(sink, report, subject.get(), Platform.YOUTUBE, context.dataZone(),
                    context.importId(), Optional.empty());
            report.note("the days of 'covers' are read in " + DataZones.named(context));
            Rows rows = new Rows(columns, period, emitter, report, VideoPosts.of(headers, context, report));
            table.forEachRow(headers, report, rows::row);
            if (!rows.totalSeen) {
                report.fileProblem("the file has no 'Total' row, the only row read");
            }
            rows.videos.finish();
        });
    }

    /** The rows: the Total row read as observations, the video rows as posts. */
    private static final class Rows {
        private final Map<Integer, Metric> columns;
        private final Window period;
        private final Emitter emitter;
        private final ReportBuilder report;
        private final VideoPosts videos;
        private boolean totalSeen;

        Rows(Map<Integer, Metric> columns, Window period, Emitter emitter, ReportBuilder report, VideoPosts videos) {
            this.columns = columns;
            this.period = period;
            this.emitter = emitter;
            this.report = report;
            this.videos = videos;
        }

        void row(RowCells row) {
            if (!row.text(0).strip().equalsIgnoreCase("total")) {
                videos.row(row, period, emitter);
                return;
            }
            totalSeen = true;
            report.rowRead();
            columns.forEach((column, metric) -> row.count(column).ifPresent(value ->
                    emitter.observe(metric.id().value(), period, Segment.TOTAL, Interval.exactly(value), row.line())));
            report.rowEnded(row.isFaulty());
        }
    }
}
