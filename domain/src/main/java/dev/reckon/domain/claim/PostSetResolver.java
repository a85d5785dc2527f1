package dev.reckon.domain.claim;

import dev.reckon.domain.claim.SetMembers.Grouping;
import dev.reckon.domain.claim.SetMembers.Member;
import dev.reckon.domain.claim.SetMembers.PostMember;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.observation.InlinePeriod;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a set by post ({@code max(post_retweets{acme, twitter, 2024-03} by post)}): the posts of
 * one subject on one platform created in the period, each with its own lifetime value of the
 * metric, and the post an {@code argmax} is compared with. Only a metric of single posts (a post's
 * lifetime total, such as {@code post_impressions}) has a value per post.
 */
final class PostSetResolver {

    static final Grouping POSTS = new Grouping(SetResolver.BY_POST, "posts", Optional.empty());

    private static final int LISTED = 5;

    /** The metric that counts posts, which no post has a value of. */
    private static final String POST_COUNT = "posts";

    private final TypeChecker names;
    private final PostSource posts;

    PostSetResolver(TypeChecker names, PostSource posts) {
        this.names = names;
        this.posts = posts;
    }

    SetMembers resolve(SetCall call, Metric metric, Period period) throws CheckTypeException {
        SeriesRef ref = call.grouped();
        requirePerPost(ref, metric, names);
        if (ref.segment().isPresent()) {
            throw new CheckTypeException(ref.segment().get().key().position(), "a post has no segments: a set by post "
                    + "reads each post's own lifetime total, so the series names no segment");
        }
        Subject subject = names.subject(ref.subject());
        Platform platform = TypeChecker.platform(ref.platform());
        if (platform == Platform.ALL) {
            throw new CheckTypeException(ref.platform().position(), "each post was made on one platform, so a set by post "
                    + "names it, as in " + ref.metric().text() + "{" + ref.subject() + ", twitter, " + ref.period() + "} by post");
        }
        MetricId id = metric.id();
        // Each post's value alone: a whole post is read only for a member an explanation names.
        List<PostMetricValue> found = posts.values(PostFilter.of(subject, platform, id, period.window()));
        List<Member> members = new ArrayList<>(found.size());
        for (PostMetricValue value : found) {
            members.add(new PostMember(value, () -> post(value, id)));
        }
        return new SetMembers(call, metric, period, POSTS, members, Optional.of(SeriesQuery.of(id, subject, platform, period)));
    }

    /**
     * The whole post of {@code value}: the posts created at its very instant, of which the one
     * with its id. The same source gives it as gave the value, so it is the same export; a source
     * that no longer gives it (the store changed in between) leaves the post as the value knows it.
     */
    private Post post(PostMetricValue value, MetricId metric) {
        Window instant = new Window(value.created(), value.created().plusNanos(1));
        return posts.posts(PostFilter.of(value.subject(), value.id().platform(), metric, instant)).stream()
                .filter(post -> post.id().equals(value.id()))
                .findFirst()
                .orElseGet(() -> new Post(value.id(), value.subject(), value.created(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Map.of(metric, value.value()), value.provenance()));
    }

    /**
     * A set by post reads each post's lifetime value, which only a metric of single posts has: a
     * metric counted on the days things happened has no value per post.
     */
    private static void requirePerPost(SeriesRef ref, Metric metric, TypeChecker names) throws CheckTypeException {
        if (metric.basis() == Basis.POST_LIFETIME) {
            return;
        }
        String perPost = "post_" + metric.id().value();
        String selectors = "{" + ref.subject() + ", " + ref.platform() + ", " + ref.period() + "}";
        String instead = names.isPerPostMetric(perPost) ? "; " + perPost + " is the lifetime total of each post, as in "
                + "max(" + perPost + selectors + " by post)"
                : metric.id().value().equals(POST_COUNT) ? "; " + metric.id() + selectors + " is the number of posts, "
                + "and count(post_impressions" + selectors + " by post) counts them one by one"
                : "; group it by day, week or month instead";
        throw new CheckTypeException(ref.metric().position(), metric.id() + " is not a metric of single posts, so it cannot "
                + "be taken post by post: a set by post takes a post's lifetime total, such as post_impressions" + instead);
    }

    /**
     * The post {@code label} names: its id on the platform ({@code 836988165339922432}), or the
     * platform and the id ({@code "twitter:836988165339922432"}). Anything else is reported, since
     * a period or an amount there is almost surely a slip, and an id that is not among the posts
     * is most often a typo.
     */
    Member member(SetMembers set, Label label, Optional<InlinePeriod> asPeriod) throws CheckTypeException {
        String prefix = set.standIn().platform().id() + ":";
        String id = label.text().startsWith(prefix) ? label.text().substring(prefix.length()) : label.text();
        Optional<Member> member = set.member(id);
        if (member.isPresent()) {
            return member.get();
        }
        String example = set.members().isEmpty() ? "" : " such as " + set.members().get(0).label();
        if (asPeriod.isPresent()) {
            throw new CheckTypeException(label.position(), "'" + label.text() + "' is a period, but the set is by post, so "
                    + "compare it with a post's id" + example);
        }
        if (isAmount(label.text())) {
            throw new CheckTypeException(label.position(), "'" + label.text() + "' is an amount, but "
                    + set.call().function().id() + " gives the post itself, named by its id" + example + "; to compare "
                    + (set.call().function() == CheckFunction.ARGMAX ? "the highest" : "the lowest") + " value, write "
                    + (set.call().function() == CheckFunction.ARGMAX ? "max" : "min") + "(" + set.call().grouped()
                    + " by post) = " + label.text());
        }
        throw new CheckTypeException(label.position(), "'" + label.text() + "' is not the id of a post of the set: "
                + (set.members().isEmpty() ? "no post was found" : "the " + set.members().size() + " posts found are "
                + listed(set.labels())) + " (" + set.standIn().subject() + " on " + set.standIn().platform() + ", created in "
                + set.period().name() + ", with " + set.metric().id() + ")");
    }

    /** A figure that is not a plain run of digits (which a post id may be): {@code 40k}, {@code 1,200}, {@code 12%}. */
    private static boolean isAmount(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        try {
            Figure.parse(text);
            return true;
        } catch (IllegalArgumentException notAFigure) {
            return false;
        }
    }

    private static String listed(List<String> labels) {
        String shown = String.join(", ", labels.subList(0, Math.min(LISTED, labels.size())));
        return labels.size() > LISTED ? shown + " and " + (labels.size() - LISTED) + " more" : shown;
    }
}
