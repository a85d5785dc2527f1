package dev.reckon.domain.claim;

import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.CalendarUnit;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.series.SeriesQuery;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The members of a set as resolved against the dossier: one series per day, month, subject,
 * platform or segment value, or one post per post, each with the label an {@code argmax} names it by.
 *
 * @param call     the set as written
 * @param metric   the metric of every member
 * @param period   the whole period the set covers
 * @param grouping how it is grouped
 * @param members  the members in calendar, dossier or posting order
 * @param postsOver for a set by post, the series of the whole period whose coverage says whether
 *                 every post of it is known; empty for a set of series, whose members are fixed
 */
record SetMembers(SetCall call, Metric metric, Period period, Grouping grouping, List<Member> members,
                  Optional<SeriesQuery> postsOver) {

    SetMembers {
        Objects.requireNonNull(call, "call is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(grouping, "grouping is null");
        members = List.copyOf(members);
        Objects.requireNonNull(postsOver, "postsOver is null");
        // A period may hold no posts at all; a set of days, months or subjects always has members.
        if (members.isEmpty() && postsOver.isEmpty()) {
            throw new IllegalArgumentException("a set of series has at least one member");
        }
    }

    /** A set of series: days, weeks, months, quarters, subjects, platforms or segment values. */
    SetMembers(SetCall call, Metric metric, Period period, Grouping grouping, List<Member> members) {
        this(call, metric, period, grouping, members, Optional.empty());
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

    /** A member that is one post, with its own lifetime value of the set's metric. */
    record PostMember(Post post, Interval value) implements Member {
        PostMember {
            Objects.requireNonNull(post, "post is null");
            Objects.requireNonNull(value, "value is null");
        }

        /** The platform's id of the post, unique within the set since a set by post is of one platform. */
        @Override
        public String label() {
            return post.id().id();
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
        return postsOver.isPresent();
    }

    /**
     * The series that stands for the set wherever its metric, unit or currency is asked: the
     * first member of a set of series, the whole period of a set by post.
     */
    SeriesQuery standIn() {
        return postsOver.orElseGet(() -> ((SeriesMember) members.get(0)).query());
    }

    /** The series the members are, each read from the data; none for a set by post. */
    List<SeriesQuery> memberQueries() {
        return members.stream().filter(SeriesMember.class::isInstance).map(m -> ((SeriesMember) m).query()).toList();
    }

    Optional<Member> member(String label) {
        return members.stream().filter(m -> m.label().equals(label)).findFirst();
    }

    List<String> labels() {
        return members.stream().map(Member::label).toList();
    }

    /**
     * The first {@code limit} members from the top ({@code highest}) or the bottom: by upper end,
     * then lower end, an unbounded end counting as beyond every bounded one.
     */
    List<Member> leading(boolean highest, Function<Member, Interval> valueOf, int limit) {
        Comparator<Interval> byHigh = Comparator.comparing((Interval i) -> i.hi().orElse(null),
                Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
        Comparator<Interval> byLow = Comparator.comparing((Interval i) -> i.lo().orElse(null),
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
        Comparator<Interval> order = highest ? byHigh.thenComparing(byLow).reversed() : byLow.thenComparing(byHigh);
        return members.stream().sorted(Comparator.comparing(valueOf, order)).limit(limit).toList();
    }
}
