package dev.reckon.domain.claim;

import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.observation.CalendarUnit;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.series.SeriesQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The members of a set as resolved against the dossier: one series per day, month, subject,
 * platform or segment value, each with the label an {@code argmax} names it by.
 *
 * @param call     the set as written
 * @param metric   the metric of every member
 * @param period   the whole period the set covers
 * @param grouping how it is grouped
 * @param members  the members in calendar or dossier order
 */
record SetMembers(SetCall call, Metric metric, Period period, Grouping grouping, List<Member> members) {

    SetMembers {
        Objects.requireNonNull(call, "call is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(grouping, "grouping is null");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a set has at least one member");
        }
    }

    /** One member: its label ({@code 2024-02}, {@code jc}, {@code Stoke}) and the series it is. */
    record Member(String label, SeriesQuery query) {
        Member {
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(query, "query is null");
        }
    }

    /**
     * What the members are: days, weeks, months or quarters ({@code unit} present), subjects,
     * platforms, or values of a segment key.
     *
     * @param singular "month", "subject", "town"
     * @param plural   "months", "subjects", "towns"
     */
    record Grouping(String singular, String plural, Optional<CalendarUnit> unit) {
        Grouping {
            Objects.requireNonNull(singular, "singular is null");
            Objects.requireNonNull(plural, "plural is null");
            Objects.requireNonNull(unit, "unit is null");
        }
    }

    Optional<Member> member(String label) {
        return members.stream().filter(m -> m.label().equals(label)).findFirst();
    }

    List<String> labels() {
        return members.stream().map(Member::label).toList();
    }
}
