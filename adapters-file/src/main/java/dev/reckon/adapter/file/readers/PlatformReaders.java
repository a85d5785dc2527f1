package dev.reckon.adapter.file.readers;

import dev.reckon.adapter.file.crowdtangle.CrowdTangleReader;
import dev.reckon.adapter.file.donations.DonationsReader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.facebook.InsightsPageReader;
import dev.reckon.adapter.file.facebook.InsightsPostReader;
import dev.reckon.adapter.file.meta.MetaPageSeriesReader;
import dev.reckon.adapter.file.meta.MetaPostsReader;
import dev.reckon.adapter.file.meta.YearlessDailyReader;
import dev.reckon.adapter.file.twitter.DailyTweetActivityReader;
import dev.reckon.adapter.file.twitter.TweetActivityReader;
import dev.reckon.adapter.file.youtube.YouTubeDailyReader;
import dev.reckon.adapter.file.youtube.YouTubeTableReader;
import java.util.List;

/**
 * The readers of platform exports, for the export reader registry. Each recognises its format from
 * the header alone and no two accept the same header, so their order does not matter.
 */
public final class PlatformReaders {

    private PlatformReaders() {
    }

    public static List<ExportReader> all() {
        return List.of(
                new TweetActivityReader(),
                new DailyTweetActivityReader(),
                new InsightsPageReader(),
                InsightsPostReader.posts(),
                InsightsPostReader.videoPosts(),
                new MetaPostsReader(),
                new MetaPageSeriesReader(),
                YearlessDailyReader.viewers(),
                YearlessDailyReader.followerHistory(),
                new CrowdTangleReader(),
                new YouTubeTableReader(),
                YouTubeDailyReader.chartData(),
                YouTubeDailyReader.totals(),
                DonationsReader.actBlue(),
                DonationsReader.stripe(),
                DonationsReader.nationBuilder());
    }
}
