package dev.reckon.adapter.file.facebook;

import dev.reckon.adapter.file.facebook.InsightsColumn.Count;
import dev.reckon.adapter.file.facebook.InsightsColumn.Grain;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Segment;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Facebook Insights columns Reckon reads, and as what, by the column's name without period
 * (both generations of titles), its period and what its description says it counts. A column whose
 * description contradicts the metric (a "(Unique Users)" twin of a "(Total Count)" column) is not
 * read. Everything else is reported as ignored: Facebook writes hundreds of columns (paid and
 * organic splits, frequency distributions, demographics) that have no metric in the catalogue.
 */
final class InsightsMetrics {

    /** What one column is read as: a metric and, for a breakdown column, the segment its key names. */
    record Target(Metric metric, Segment segment) {
        Target {
            Objects.requireNonNull(metric, "metric is null");
            Objects.requireNonNull(segment, "segment is null");
        }
    }

    /** A metric and, for breakdown columns, the segment key the breakdown becomes. */
    private record Rule(String metric, Optional<String> segmentKey) {
        static Rule total(String metric) {
            return new Rule(metric, Optional.empty());
        }

        static Rule by(String metric, String segmentKey) {
            return new Rule(metric, Optional.of(segmentKey));
        }
    }

    private static final Map<String, Rule> PAGE = Map.ofEntries(
            Map.entry("total likes", Rule.total("page_likes")),
            Map.entry("likes by country", Rule.by("page_likes", "country")),
            Map.entry("likes by city", Rule.by("page_likes", "city")),
            Map.entry("total reach", Rule.total("reach")),
            Map.entry("reach by country", Rule.by("reach", "country")),
            Map.entry("reach by city", Rule.by("reach", "city")),
            Map.entry("total impressions", Rule.total("impressions")),
            Map.entry("total video views", Rule.total("video_views")),
            Map.entry("page_fans", Rule.total("page_likes")),
            Map.entry("page_fans_country", Rule.by("page_likes", "country")),
            Map.entry("page_fans_city", Rule.by("page_likes", "city")),
            Map.entry("page_impressions_unique", Rule.total("reach")),
            Map.entry("page_impressions_by_country_unique", Rule.by("reach", "country")),
            Map.entry("page_impressions_by_city_unique", Rule.by("reach", "city")),
            Map.entry("page_impressions", Rule.total("impressions")),
            Map.entry("page_video_views", Rule.total("video_views")));

    private static final Map<String, String> POST = Map.of(
            "post total reach", "post_reach",
            "post total impressions", "post_impressions",
            "post_impressions_unique", "post_reach",
            "post_impressions", "post_impressions");

    /** Stories by action type: one column per action, each its own metric. */
    private static final Map<String, String> POST_ACTIONS = Map.of(
            "like", "post_likes",
            "comment", "post_comments",
            "share", "post_shares");

    private static final Map<String, String> VIDEO_POST = Map.of(
            "total video views", "post_video_views",
            "post_video_views", "post_video_views");

    private final MetricCatalogue catalogue;

    InsightsMetrics(MetricCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue is null");
    }

    /** A page-level column: daily, 7-day and 28-day values, and lifetime levels. */
    Optional<Target> page(InsightsColumn column) {
        Rule rule = PAGE.get(column.name());
        if (rule == null || rule.segmentKey().isPresent() != column.breakdown().isPresent()) {
            return Optional.empty();
        }
        Optional<Metric> metric = catalogue.named(rule.metric());
        boolean lifetime = column.grain() == Grain.LIFETIME;
        if (metric.isEmpty() || lifetime != (metric.get().kind() == AggregationKind.STOCK)
                || !agrees(column.count(), metric.get())) {
            return Optional.empty();
        }
        Segment segment = rule.segmentKey().map(key -> Segment.of(key, column.breakdown().orElseThrow()))
                .orElse(Segment.TOTAL);
        return Optional.of(new Target(metric.get(), segment));
    }

    /** A column of the post-level export: a post's lifetime totals. */
    Optional<Metric> post(InsightsColumn column) {
        String id = column.breakdown().isEmpty() ? POST.get(column.name())
                : isStoriesByAction(column.name()) ? POST_ACTIONS.get(column.breakdown().get().toLowerCase(Locale.ROOT)) : null;
        return lifetimeMetric(column, id);
    }

    /** A column of the video posts export; only what the post-level export does not also hold. */
    Optional<Metric> videoPost(InsightsColumn column) {
        return lifetimeMetric(column, column.breakdown().isEmpty() ? VIDEO_POST.get(column.name()) : null);
    }

    private Optional<Metric> lifetimeMetric(InsightsColumn column, String id) {
        if (id == null || column.grain() != Grain.LIFETIME) {
            return Optional.empty();
        }
        return catalogue.named(id).filter(metric -> agrees(column.count(), metric));
    }

    private static boolean isStoriesByAction(String name) {
        return name.equals("post stories by action type") || name.equals("post_stories_by_action_type");
    }

    /** People-counting metrics read "(Unique Users)" columns, event counts read "(Total Count)" ones. */
    private static boolean agrees(Count count, Metric metric) {
        boolean people = metric.kind() != AggregationKind.ADDITIVE;
        return count == Count.UNSAID || (count == Count.UNIQUE_USERS) == people;
    }
}
