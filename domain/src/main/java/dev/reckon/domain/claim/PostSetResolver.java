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
import dev.reckon.domain.post.LaterExport;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostFilter;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves a set by post ({@code max(post_retweets{acme, twitter, 2024-03} by post)}): the posts of
 * one subject on one platform created in the period, each with its own lifetime value of the
 * metric, and the post an {@code argmax} is compared with. Only a metric of single posts (a post's
 * lifetime total, such as {@code post_impressions}) has a value per post.
 */
final class PostSetResolver {

    static final Grouping POSTS = new Grouping(SetResolver.BY_POST, "posts", Optional.empty());

    private static final int LISTED = 5;

    /** The most digits a number may have to read as a value rather than a post's id. */
    private static final int SHORT_NUMBER = 9;

    /** The metric that counts posts, which no post has a value of. */
    private static final String POST_COUNT = "posts";

    private final TypeChecker names;
    private final ClaimContext context;
    private final PostSource posts;

    PostSetResolver(TypeChecker names, ClaimContext context, PostSource posts) {
        this.names = names;
        this.context = context;
        this.posts = posts;
    }

    /**
     * The posts of the set: of its subject on its platform, or, with {@code *} as either, of every
     * account of the dossier's subjects there (each platform's ids then written with the platform,
     * since two platforms may use the same id).
     */
    SetMembers resolve(SetCall call, Metric metric, Period period) throws CheckTypeException {
        SeriesRef ref = call.grouped();
        requirePerPost(ref, metric, names);
        if (ref.segment().isPresent()) {
            throw new CheckTypeException(ref.segment().get().key().position(), "a post has no segments: a set by post "
                    + "reads each post's own lifetime total, so the series names no segment");
        }
        MetricId id = metric.id();
        List<SeriesQuery> accounts = accounts(ref, metric, period);
        boolean withPlatform = accounts.stream().map(SeriesQuery::platform).distinct().count() > 1;
        // Each post's value alone: a whole post is read only for a member an explanation names.
        List<PostMetricValue> found = new ArrayList<>();
        for (SeriesQuery account : accounts) {
            found.addAll(posts.values(PostFilter.of(account.subject(), account.platform(), id, period.window())));
        }
        if (accounts.size() > 1) {
            found.sort(LaterExport.VALUES_CREATED);
        }
        List<Member> members = new ArrayList<>(found.size());
        for (PostMetricValue value : found) {
            String label = withPlatform ? value.id().toString() : value.id().id();
            members.add(new PostMember(value, () -> post(value, id), label));
        }
        return new SetMembers(call, metric, period, POSTS, members, accounts);
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
     * The series of the whole period of each account the set ranges over, whose coverage says
     * whether all its posts are known: one when subject and platform are named; with {@code *},
     * each subject on each platform it has an account on.
     */
    private List<SeriesQuery> accounts(SeriesRef ref, Metric metric, Period period) throws CheckTypeException {
        boolean everySubject = ref.subject().text().equals(SetResolver.EVERY);
        boolean everyPlatform = ref.platform().text().equals(SetResolver.EVERY);
        List<Subject> subjects = everySubject ? List.copyOf(context.subjects().keySet()) : List.of(names.subject(ref.subject()));
        List<Platform> platforms = everyPlatform ? List.copyOf(context.platforms()) : List.of(namedPlatform(ref));
        List<SeriesQuery> accounts = new ArrayList<>();
        for (Subject subject : subjects) {
            for (Platform platform : platforms) {
                if ((!everySubject && !everyPlatform) || context.mayBeOn(subject, platform)) {
                    accounts.add(SeriesQuery.of(metric.id(), subject, platform, period));
                }
            }
        }
        if (accounts.isEmpty()) {
            throw new CheckTypeException((everySubject ? ref.subject() : ref.platform()).position(), "the set has no posts "
                    + "to range over: " + (everyPlatform ? (everySubject ? "no subject of this dossier has an account on any "
                    + "platform" : subjects.get(0) + " has no account on any platform") : "no subject of this dossier has an "
                    + "account on " + platforms.get(0).id()));
        }
        return accounts;
    }

    private static Platform namedPlatform(SeriesRef ref) throws CheckTypeException {
        Platform platform = TypeChecker.platform(ref.platform());
        if (platform == Platform.ALL) {
            throw new CheckTypeException(ref.platform().position(), "each post was made on one platform, so a set by post "
                    + "names it, or '*' for every platform, as in " + ref.metric().text() + "{" + ref.subject() + ", twitter, "
                    + ref.period() + "} by post");
        }
        return platform;
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
     * platform and the id ({@code "twitter:836988165339922432"}), which a set over several platforms
     * needs when two of them use the same id. Anything else is reported, since a period or an
     * amount there is almost surely a slip, and an id that is not among the posts is most often a typo.
     */
    Member member(SetMembers set, Label label, Optional<InlinePeriod> asPeriod) throws CheckTypeException {
        Optional<Member> member = find(set, label);
        if (member.isPresent()) {
            return member.get();
        }
        String example = set.members().isEmpty() ? "" : " such as " + set.members().get(0).label();
        if (asPeriod.isPresent()) {
            throw new CheckTypeException(label.position(), "'" + label.text() + "' is a period, but the set is by post, so "
                    + "compare it with a post's id" + example);
        }
        String valueInstead = (set.call().function() == CheckFunction.ARGMAX ? "max" : "min") + "(" + set.call().grouped()
                + " by post) = " + label.text();
        String extreme = set.call().function() == CheckFunction.ARGMAX ? "the highest" : "the lowest";
        if (isAmount(label.text())) {
            throw new CheckTypeException(label.position(), "'" + label.text() + "' is an amount, but "
                    + set.call().function().id() + " gives the post itself, named by its id" + example + "; to compare "
                    + extreme + " value, write " + valueInstead);
        }
        // A short number is far more often a value than a post's id, which platforms make long.
        String hint = isShortNumber(label.text()) ? "; if " + label.text() + " is " + extreme + " value rather than a post, write "
                + valueInstead : "";
        throw new CheckTypeException(label.position(), "'" + label.text() + "' is not the id of a post of the set: "
                + (set.members().isEmpty() ? "no post was found" : "the " + set.members().size() + " posts found are "
                + listed(set.labels())) + " (" + accounts(set) + ", created in " + set.period().name() + ", with "
                + set.metric().id() + ")" + hint);
    }

    /** The member a label names, bare or with its platform; a bare id two platforms share is ambiguous. */
    private static Optional<Member> find(SetMembers set, Label label) throws CheckTypeException {
        String text = label.text();
        int colon = text.indexOf(':');
        Optional<Platform> platform = colon > 0 ? Platform.find(text.substring(0, colon)) : Optional.empty();
        String id = platform.isPresent() ? text.substring(colon + 1) : text;
        List<Member> matching = set.members().stream().filter(m -> m instanceof PostMember post
                && post.post().id().id().equals(id) && platform.map(post.post().platform()::equals).orElse(true)).toList();
        if (matching.size() > 1) {
            throw new CheckTypeException(label.position(), "'" + text + "' is the id of a post on each of several platforms: "
                    + "write it with its platform, as in " + matching.stream().map(Member::label)
                    .map(l -> "\"" + l + "\"").collect(Collectors.joining(" or ")));
        }
        return matching.stream().findFirst();
    }

    /** "ro on twitter", "ro on twitter, vic on facebook": the accounts whose posts the set holds. */
    private static String accounts(SetMembers set) {
        List<String> accounts = set.postsOver().stream().map(q -> q.subject() + " on " + q.platform()).toList();
        return listed(accounts);
    }

    private static boolean isShortNumber(String text) {
        return !text.isEmpty() && text.length() <= SHORT_NUMBER && text.chars().allMatch(Character::isDigit);
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
