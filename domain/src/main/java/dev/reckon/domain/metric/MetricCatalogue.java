package dev.reckon.domain.metric;

import static dev.reckon.domain.metric.AggregationKind.ADDITIVE;
import static dev.reckon.domain.metric.AggregationKind.DISTINCT;
import static dev.reckon.domain.metric.AggregationKind.STOCK;
import static dev.reckon.domain.metric.Basis.EVENT_TIME;
import static dev.reckon.domain.metric.Basis.POST_LIFETIME;
import static dev.reckon.domain.metric.Basis.SNAPSHOT;
import static dev.reckon.domain.metric.MetricUnit.EVENTS;
import static dev.reckon.domain.metric.MetricUnit.MONEY;
import static dev.reckon.domain.metric.MetricUnit.PEOPLE;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The metrics Reckon knows: a built-in list that users extend with their own. Immutable. */
public final class MetricCatalogue {

    private final Map<MetricId, Metric> metrics;

    private MetricCatalogue(Map<MetricId, Metric> metrics) {
        this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public static MetricCatalogue of(Collection<Metric> metrics) {
        Map<MetricId, Metric> byId = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            if (byId.putIfAbsent(metric.id(), metric) != null) {
                throw new IllegalArgumentException("metric '" + metric.id() + "' is defined twice");
            }
        }
        return new MetricCatalogue(byId);
    }

    /** The built-in catalogue. */
    public static MetricCatalogue builtIn() {
        return BuiltIn.CATALOGUE;
    }

    /** This catalogue plus the given metrics; a user metric may not redefine an existing id. */
    public MetricCatalogue with(Collection<Metric> additional) {
        Map<MetricId, Metric> byId = new LinkedHashMap<>(metrics);
        for (Metric metric : additional) {
            if (byId.putIfAbsent(metric.id(), metric) != null) {
                throw new IllegalArgumentException("metric '" + metric.id() + "' is already in the catalogue");
            }
        }
        return new MetricCatalogue(byId);
    }

    public Optional<Metric> find(MetricId id) {
        return Optional.ofNullable(metrics.get(id));
    }

    /** The metric {@code text} names, as a check or a file writes it; empty when it names none. */
    public Optional<Metric> named(String text) {
        return MetricId.isWellFormed(text) ? find(new MetricId(text)) : Optional.empty();
    }

    public boolean contains(MetricId id) {
        return metrics.containsKey(id);
    }

    public Collection<Metric> all() {
        return metrics.values();
    }

    private static final class BuiltIn {
        // The words are what prose calls each metric, for binding a text's figures (reckon scan --dossier).
        // A post's lifetime metrics have none: prose rarely says which basis it means, and the
        // event-time metric is the one a period's figure is about.
        private static final MetricCatalogue CATALOGUE = of(List.of(
            events("impressions", "Times content was shown on screen, counted on the day it was shown.",
                    "impressions", "times in front of", "times on screen"),
            lifetime("post_impressions", EVENTS, ADDITIVE, "Lifetime impressions of the posts published in the window, as of the export."),
            people("reach", "Distinct people who saw any content in the window.",
                    "unique people", "people reached", "unique users", "reach", "viewers"),
            lifetime("post_reach", PEOPLE, DISTINCT, "Lifetime distinct people reached by each post, attributed to its publish time."),
            events("video_views", "Video views counted on the day they happened (the platform's own view threshold).",
                    "video views", "views"),
            lifetime("post_video_views", EVENTS, ADDITIVE, "Lifetime video views of the videos published in the window, as of the export."),
            events("likes", "Likes (favourites, reactions counted as likes) given in the window.", "likes", "favourites"),
            lifetime("post_likes", EVENTS, ADDITIVE, "Lifetime likes of the posts published in the window."),
            events("comments", "Comments made in the window.", "comments"),
            lifetime("post_comments", EVENTS, ADDITIVE, "Lifetime comments on the posts published in the window."),
            events("shares", "Shares made in the window.", "shares"),
            lifetime("post_shares", EVENTS, ADDITIVE, "Lifetime shares of the posts published in the window."),
            events("retweets", "Retweets (reposts) made in the window.", "retweets", "reposts"),
            lifetime("post_retweets", EVENTS, ADDITIVE, "Lifetime retweets of the tweets published in the window."),
            events("replies", "Replies made in the window.", "replies"),
            lifetime("post_replies", EVENTS, ADDITIVE, "Lifetime replies to the posts published in the window."),
            events("reactions", "Reactions of every kind given in the window.", "reactions"),
            lifetime("post_reactions", EVENTS, ADDITIVE, "Lifetime reactions to the posts published in the window."),
            events("engagements", "Interactions of every kind counted on the day they happened.",
                    "engagements", "interactions"),
            lifetime("post_engagements", EVENTS, ADDITIVE, "Lifetime interactions with the posts published in the window."),
            events("posts", "Posts published in the window.", "posts", "tweets"),
            new Metric(new MetricId("followers"), PEOPLE, STOCK, SNAPSHOT, "Accounts following, as a level at a moment.",
                    List.of("followers")),
            new Metric(new MetricId("page_likes"), PEOPLE, STOCK, SNAPSHOT, "People who like the page, as a level at a moment.",
                    List.of("page likes", "fans")),
            people("unique_sharers", "Distinct people who shared content in the window.",
                    "unique sharers", "sharers", "unique people shared", "people shared", "people who shared"),
            new Metric(new MetricId("donations_amount"), MONEY, ADDITIVE, EVENT_TIME, "Money donated in the window, in the donation's currency.",
                    List.of("donations", "small donations", "raised")),
            people("donors", "Distinct donors who gave in the window.", "donors", "unique donors", "people donated",
                    "people gave")));

        private static Metric events(String id, String definition, String... words) {
            return new Metric(new MetricId(id), EVENTS, ADDITIVE, EVENT_TIME, definition, List.of(words));
        }

        private static Metric people(String id, String definition, String... words) {
            return new Metric(new MetricId(id), PEOPLE, DISTINCT, EVENT_TIME, definition, List.of(words));
        }

        private static Metric lifetime(String id, MetricUnit unit, AggregationKind kind, String definition) {
            return new Metric(new MetricId(id), unit, kind, POST_LIFETIME, definition);
        }
    }
}
