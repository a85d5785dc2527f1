package dev.reckon.domain.claim;

import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.CalendarUnit;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostMetricValue;
import dev.reckon.domain.series.SeriesQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The members of a set as resolved against the dossier: one series per day, month, subject,
 * platform or segment value, or one post per post, each with the label an {@code argmax} names it by.
 *
 * <p>Each member has the metric of the set, over a part of its whole period (or, for a set of
 * subjects, platforms or segment values, over all of it).
 */
final class SetMembers {

    private final SetCall call;
    private final Metric metric;
    private final Period period;
    private final Grouping grouping;
    private final List<Member> members;
    private final List<SeriesQuery> postsOver;
    /**
     * Labels are looked up to explain a verdict, and a set by post may hold 100k members: the first
     * few by a scan (an explanation names one or two), the rest through a map made at the next.
     */
    private Map<String, Member> byLabel;
    private static final int SCANNED_LOOKUPS = 4;
    private int scans;

    SetMembers(SetCall call, Metric metric, Period period, Grouping grouping, List<Member> members,
               List<SeriesQuery> postsOver) {
        this.call = Objects.requireNonNull(call, "call is null");
        this.metric = Objects.requireNonNull(metric, "metric is null");
        this.period = Objects.requireNonNull(period, "period is null");
        this.grouping = Objects.requireNonNull(grouping, "grouping is null");
        this.members = List.copyOf(members);
        this.postsOver = List.copyOf(postsOver);
        // A period may hold no posts at all; a set of days, months or subjects always has members.
        if (members.isEmpty() && postsOver.isEmpty()) {
            throw new IllegalArgumentException("a set of series has at least one member");
        }
    }

    SetCall call() {
        return call;
    }

    Metric metric() {
        return metric;
    }

    Period period() {
        return period;
    }

    Grouping grouping() {
        return grouping;
    }

    /** The members in calendar, dossier or posting order. */
    List<Member> members() {
        return members;
    }

    /**
     * For a set by post, the series of the whole period, one per account the set ranges over, whose
     * coverage says whether every post of it is known; empty for a set of series, whose members
     * are fixed.
     */
    List<SeriesQuery> postsOver() {
        return postsOver;
    }

    /** A set of series: days, weeks, months, quarters, subjects, platforms or segment values. */
    SetMembers(SetCall call, Metric metric, Period period, Grouping grouping, List<Member> members) {
        this(call, metric, period, grouping, members, List.of());
    }

    /** One member: its label ({@code 2024-02}, {@code jc}, {@code Stoke}, a post's id). */
    sealed interface Member permits SeriesMember, PostMember {
        String label();
    }

    /** A member that is a series, whose value is read like any other. */
    record SeriesMember(String label, SeriesQuery query) implements Member {
        SeriesMember {
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(query, "query is null");
        }
    }

    /**
     * A member that is one post, with its own lifetime value of the set's metric. Its label is
     * the platform's id of the post ({@code 836988165339922432}) in a set of one
     * platform, where it is unique; with the platform ({@code twitter:836988165339922432}) in a set
     * over every platform, where two platforms may use the same id.
     */
    static final class PostMember implements Member {
        private final PostMetricValue value;
        private final Supplier<Post> reading;
        private final String label;
        private Post post;

        /**
         * The post of {@code value}, read through {@code reading} when it is first asked for: a set
         * may hold 100k posts, of which an explanation names two.
         */
        PostMember(PostMetricValue value, Supplier<Post> reading, String label) {
            this.value = Objects.requireNonNull(value, "value is null");
            this.reading = Objects.requireNonNull(reading, "reading is null");
            this.label = Objects.requireNonNull(label, "label is null");
        }

        Interval value() {
            return value.value();
        }

        Post post() {
            if (post == null) {
                post = reading.get();
            }
            return post;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * What the members are: days, weeks, months or quarters ({@code unit} present), subjects,
     * platforms, values of a segment key, or posts.
     *
     * @param singular "month", "subject", "town", "post"
     * @param plural   "months", "subjects", "towns", "posts"
     */
    record Grouping(String singular, String plural, Optional<CalendarUnit> unit) {
        Grouping {
            Objects.requireNonNull(singular, "singular is null");
            Objects.requireNonNull(plural, "plural is null");
            Objects.requireNonNull(unit, "unit is null");
        }
    }

    boolean byPost() {
        return !postsOver.isEmpty();
    }

    /**
     * The series that stands for the set wherever its metric, unit or currency is asked: the
     * first member of a set of series, the whole period of a set by post (of its first account).
     */
    SeriesQuery standIn() {
        return postsOver.isEmpty() ? ((SeriesMember) members.get(0)).query() : postsOver.get(0);
    }

    /**
     * The series read for the set: the members of a set of series, the whole period of each account
     * of a set by post (for its coverage).
     */
    List<SeriesQuery> memberQueries() {
        return postsOver.isEmpty()
                ? members.stream().filter(SeriesMember.class::isInstance).map(m -> ((SeriesMember) m).query()).toList()
                : postsOver;
    }

    Optional<Member> member(String label) {
        if (byLabel == null && scans < SCANNED_LOOKUPS) {
            scans++;
            return members.stream().filter(member -> member.label().equals(label)).findFirst();
        }
        if (byLabel == null) {
            Map<String, Member> labelled = new HashMap<>(members.size() * 4 / 3 + 1);
            for (Member member : members) {
                labelled.putIfAbsent(member.label(), member);
            }
            byLabel = labelled;
        }
        return Optional.ofNullable(byLabel.get(label));
    }

    List<String> labels() {
        return members.stream().map(Member::label).toList();
    }

    /**
     * The first {@code limit} members from the top ({@code highest}) or the bottom: by what is
     * surely known of them (the lower end from the top, the upper end from the bottom), then by the
     * other end, an unbounded end counting as beyond every bounded one. A month of which nothing is
     * known ({@code [0, +inf]}) thus never ranks above a month known to hold 316,406: what decides
     * the known part of a maximum is the member with the highest lower end.
     */
    List<Member> leading(boolean highest, Function<Member, Interval> valueOf, int limit) {
        // A set by post may hold 100k members, of which an explanation names two: the first few
        // kept in one pass, each member compared with the last of them, not sorted. A tie keeps
        // the earlier member first.
        int kept = Math.min(limit, members.size());
        if (kept <= 0) {
            return List.of();
        }
        int[] top = new int[kept];
        Interval[] topValues = new Interval[kept];
        int count = 0;
        for (int i = 0; i < members.size(); i++) {
            Interval value = valueOf.apply(members.get(i));
            if (count == kept && rank(value, topValues[kept - 1], highest) >= 0) {
                continue;
            }
            int at = count == kept ? kept - 1 : count++;
            while (at > 0 && rank(value, topValues[at - 1], highest) < 0) {
                top[at] = top[at - 1];
                topValues[at] = topValues[at - 1];
                at--;
            }
            top[at] = i;
            topValues[at] = value;
        }
        List<Member> leading = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            leading.add(members.get(top[i]));
        }
        return leading;
    }

    /**
     * Below zero when {@code a} leads {@code b}: from the top by lower end, then upper end; from
     * the bottom by upper end, then lower end.
     */
    private static int rank(Interval a, Interval b, boolean highest) {
        int byHigh = compare(a.hi(), b.hi(), true);
        int byLow = compare(a.lo(), b.lo(), false);
        return highest ? -(byLow != 0 ? byLow : byHigh) : byHigh != 0 ? byHigh : byLow;
    }

    /** Ends compared, an unbounded (empty) one above every bounded one when {@code unboundedAbove}, else below. */
    private static int compare(Optional<BigDecimal> a, Optional<BigDecimal> b, boolean unboundedAbove) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        return a.isEmpty() == unboundedAbove ? 1 : -1;
    }
}
