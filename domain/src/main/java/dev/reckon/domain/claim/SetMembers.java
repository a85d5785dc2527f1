package dev.reckon.domain.claim;

import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.CalendarUnit;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.series.SeriesQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
    /** Labels are looked up to explain a verdict, and a set by post may hold 100k members. */
    private final Map<String, Member> byLabel;

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
        Map<String, Member> labelled = new HashMap<>(this.members.size() * 4 / 3 + 1);
        for (Member member : this.members) {
            labelled.putIfAbsent(member.label(), member);
        }
        this.byLabel = labelled;
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
     * A member that is one post, with its own lifetime value of the set's metric.
     *
     * @param label the platform's id of the post ({@code 836988165339922432}) in a set of one
     *              platform, where it is unique; with the platform ({@code twitter:836988165339922432})
     *              in a set over every platform, where two platforms may use the same id
     */
    record PostMember(Post post, Interval value, String label) implements Member {
        PostMember {
            Objects.requireNonNull(post, "post is null");
            Objects.requireNonNull(value, "value is null");
            Objects.requireNonNull(label, "label is null");
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
        Comparator<Interval> byHigh = Comparator.comparing((Interval i) -> i.hi().orElse(null),
                Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
        Comparator<Interval> byLow = Comparator.comparing((Interval i) -> i.lo().orElse(null),
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
        Comparator<Interval> order = highest ? byLow.thenComparing(byHigh).reversed() : byHigh.thenComparing(byLow);
        // A set by post may hold 100k members, of which an explanation names two: picked, not sorted.
        List<Interval> values = members.stream().map(valueOf).toList();
        List<Integer> picked = new ArrayList<>();
        for (int round = 0; round < Math.min(limit, members.size()); round++) {
            int best = -1;
            for (int i = 0; i < values.size(); i++) {
                if (!picked.contains(i) && (best < 0 || order.compare(values.get(i), values.get(best)) < 0)) {
                    best = i;
                }
            }
            picked.add(best);
        }
        return picked.stream().map(members::get).toList();
    }
}
