package dev.reckon.adapter.file.twitter;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.TableExportReader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * X (Twitter) analytics daily export ({@code daily_tweet_activity_metrics_<account>_..._en.csv}):
 * one row per day, read as event-time daily observations of posts, impressions, engagements,
 * retweets, replies and likes. The account comes from the file name or the dossier entry's subject.
 */
public final class DailyTweetActivityReader extends TableExportReader {

    public static final String FORMAT = "x-daily-activity";

    public DailyTweetActivityReader() {
        super(FORMAT);
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        List<String> names = ExportTable.names(header.firstLine());
        if (names.size() < 2 || !names.get(0).equals("date") || !names.get(1).equals("tweets published")) {
            return Recognition.no("an X daily export starts with the columns 'Date' and 'Tweets published'");
        }
        return Recognition.yes();
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        return ExportTable.read(input, FORMAT, List.of("date"), (table, headers, report) -> {
            Optional<String> account = TwitterFileName.parse(input.fileName()).map(TwitterFileName::account);
            Optional<Subject> subject = AccountSubject.resolve(context, Platform.TWITTER, account, report);
            if (subject.isEmpty()) {
                return;
            }
            Emitter emitter = Emitter.ofDays(sink, report, context, subject.get(), Platform.TWITTER);
            DailySheet sheet = new DailySheet(headers, report);
            table.forEachRow(headers, report, row -> sheet.row(row, emitter));
            sheet.finish(emitter);
        });
    }
}
