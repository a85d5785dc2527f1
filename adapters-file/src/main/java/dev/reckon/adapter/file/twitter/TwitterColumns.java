package dev.reckon.adapter.file.twitter;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which X (Twitter) analytics columns Reckon reads, and as what. The per-tweet export holds each
 * tweet's lifetime totals, so its columns become {@code post_*} metrics; the daily export counts
 * what happened on each day, so its columns become event-time metrics.
 *
 * <p>Not read: {@code engagement rate} (a ratio of two columns that are read), the click and
 * install columns (no metric in the catalogue), {@code media views} and {@code media engagements}
 * (they count image views as well as video views, so they are not video views), and every
 * {@code promoted ...} column (paid-only figures, {@code -} when the tweet was not promoted).
 */
final class TwitterColumns {

    private static final Map<String, String> PER_TWEET = Map.of(
            "impressions", "post_impressions",
            "engagements", "post_engagements",
            "retweets", "post_retweets",
            "replies", "post_replies",
            "likes", "post_likes",
            // 2015 exports call likes favorites.
            "favorites", "post_likes");

    private static final Map<String, String> DAILY = Map.of(
            "tweets published", "posts",
            "impressions", "impressions",
            "engagements", "engagements",
            "retweets", "retweets",
            "replies", "replies",
            "likes", "likes",
            "favorites", "likes");

    private TwitterColumns() {
    }

    static Optional<String> perTweetMetric(String header) {
        return Optional.ofNullable(PER_TWEET.get(normalise(header)));
    }

    static Optional<String> dailyMetric(String header) {
        return Optional.ofNullable(DAILY.get(normalise(header)));
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
