package dev.reckon.adapter.file.twitter;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.platform.AccountSubject;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.TableExportReader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * X (Twitter) analytics per-tweet export ({@code tweet_activity_metrics_<account>_<from>_<to>_en.csv}).
 * Each tweet's lifetime totals are rolled up by publish day into {@code post_*} observations, and
 * each tweet counts one {@code posts}. The account comes from the file name (or, for a renamed
 * file, from the tweets' permalinks); the days covered come from the file name (UTC days, as X
 * splits its exports at UTC midnight, unless the entry gives {@code zone:}) or the dossier
 * entry's {@code covers}.
 */
public final class TweetActivityReader extends TableExportReader {

    public static final String FORMAT = "x-tweet-activity";
    private static final List<String> REQUIRED = List.of("tweet id", "tweet permalink", "time", "impressions");

    public TweetActivityReader() {
        super(FORMAT);
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        return ExportTable.hasColumns(header, REQUIRED,
                "an X per-tweet export has the columns Tweet id, Tweet permalink, time and impressions");
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        Optional<TwitterFileName> name = TwitterFileName.parse(input.fileName());
        // X splits its exports at UTC midnight: the name's days are UTC days unless the entry says otherwise.
        ZoneId nameZone = context.entryZone().orElse(ZoneOffset.UTC);
        Optional<PostRollup.Covered> covered = PostRollup.Covered.of(context.covers(),
                name.map(n -> Window.ofDays(n.firstDay(), n.lastDay(), nameZone)));
        return ExportTable.read(input, FORMAT, List.of("time"), (table, headers, report) -> {
            report.note(zoneNote(context, name.isPresent()));
            PostRollup rollup = new PostRollup("tweets", context.zone(), covered);
            PerTweetSheet sheet = new PerTweetSheet(headers, report, rollup, context.catalogue());
            table.forEachRow(headers, report, sheet::row);
            Optional<String> account = name.map(TwitterFileName::account).or(sheet::permalinkAccount);
            Optional<Subject> subject = AccountSubject.resolve(context, Platform.TWITTER, account, report);
            if (subject.isEmpty()) {
                report.rejectAccepted();
                return;
            }
            Emitter emitter = new Emitter(sink, report, subject.get(), Platform.TWITTER, context.zone(),
                    context.importId(), Optional.empty());
            sheet.finish(emitter);
        });
    }

    /** What the report says of the zones the file was read in. */
    private static String zoneNote(ImportContext context, boolean namedByX) {
        String times = "tweet times carry their own offset";
        if (context.covers().isPresent()) {
            return times + "; the days of 'covers' are read in " + DataZones.named(context);
        }
        if (!namedByX) {
            return times;
        }
        return times + "; the days in the file name are read in "
                + (context.entryZone().isPresent() ? DataZones.named(context) : "UTC, where X splits its exports");
    }
}
