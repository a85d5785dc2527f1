package dev.reckon.adapter.file.youtube;

import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which YouTube Studio columns Reckon reads. Views and impressions are events; unique viewers are
 * people (a distinct count). Not read: watch time and average view duration (no metric),
 * {@code Subscribers} (a net change that can be negative, not a level), click-through rates
 * (ratios of columns that are read) and the descriptive columns.
 */
final class YouTubeColumns {

    private static final Map<String, String> METRICS = Map.of(
            "views", "video_views",
            "impressions", "impressions",
            "unique viewers", "reach");

    private YouTubeColumns() {
    }

    static Optional<Metric> metric(String header, MetricCatalogue catalogue) {
        return Optional.ofNullable(METRICS.get(header.strip().toLowerCase(Locale.ROOT))).flatMap(catalogue::named);
    }

    static boolean isMetricName(String lowerCaseHeader) {
        return METRICS.containsKey(lowerCaseHeader) || lowerCaseHeader.startsWith("watch time")
                || lowerCaseHeader.equals("subscribers") || lowerCaseHeader.startsWith("impressions click-through")
                || lowerCaseHeader.startsWith("average view");
    }
}
