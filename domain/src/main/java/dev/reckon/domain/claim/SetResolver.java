package dev.reckon.domain.claim;

import dev.reckon.domain.claim.SetMembers.Grouping;
import dev.reckon.domain.claim.SetMembers.Member;
import dev.reckon.domain.claim.SetMembers.SeriesMember;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.observation.CalendarUnit;
import dev.reckon.domain.observation.InlinePeriod;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resolves a set ({@code impressions{jc, facebook, 2019-Q4} by month}) into its members, and checks
 * what may be done with it: what it is grouped by must exist, {@code *} goes with {@code by subject}
 * or {@code by platform}, {@code sum} only adds what may be added, and an {@code argmax} is compared
 * with a label of the set's own kind.
 */
final class SetResolver {

    /** In a subject or platform selector: every one of the dossier's. */
    static final String EVERY = "*";

    /** What a set of posts is grouped by. */
    static final String BY_POST = "post";

    private static final int LISTED = 12;

    private final TypeChecker names;
    private final ClaimContext context;
    private final PostSetResolver posts;

    SetResolver(TypeChecker names, ClaimContext context, PostSource posts) {
        this.names = names;
        this.context = context;
        this.posts = new PostSetResolver(names, context, posts);
    }

    SetMembers resolve(SetCall call, Metric metric) throws CheckTypeException {
        SeriesRef ref = call.grouped();
        String by = call.grouping().text().toLowerCase(Locale.ROOT);
        requireGroupingForEvery(ref.subject(), "subject", by);
        requireGroupingForEvery(ref.platform(), "platform", by);
        Period period = names.period(ref.period());
        Optional<CalendarUnit> unit = calendarUnit(by);
        SetMembers set;
        if (unit.isPresent()) {
            Subject subject = names.subject(ref.subject());
            Platform platform = TypeChecker.platform(ref.platform());
            Segment segment = names.segment(ref);
            List<Member> members = parts(period, unit.get()).stream()
                    .<Member>map(part -> new SeriesMember(unit.get().label(part.from()),
                            new SeriesQuery(metric.id(), subject, platform, part, segment))).toList();
            set = new SetMembers(call, metric, period, new Grouping(unit.get().singular(), unit.get().plural(), unit), members);
        } else if (by.equals(BY_POST)) {
            set = posts.resolve(call, metric, period);
        } else if (by.equals("subject")) {
            set = bySubject(call, metric, period);
        } else if (by.equals("platform")) {
            set = byPlatform(call, metric, period);
        } else {
            set = bySegment(call, metric, period);
        }
        refuseSumOfWhatDoesNotAdd(set);
        return set;
    }

    /** {@code *} ranges over every subject or platform: members of their own, or the posts of all of them. */
    private static void requireGroupingForEvery(SeriesRef.Name name, String role, String by) throws CheckTypeException {
        if (name.text().equals(EVERY) && !by.equals(role) && !by.equals(BY_POST)) {
            throw new CheckTypeException(name.position(), "'*' as the " + role + " ranges over every " + role
                    + " of the dossier, so the set must be 'by " + role + "' (or 'by post', for the posts of every "
                    + role + ")");
        }
    }

    private static Optional<CalendarUnit> calendarUnit(String by) {
        return Stream.of(CalendarUnit.DAY, CalendarUnit.WEEK, CalendarUnit.MONTH, CalendarUnit.QUARTER)
                .filter(u -> u.singular().equals(by)).findFirst();
    }

    /**
     * The calendar parts of {@code period}, the first and last cut at its edges: a month cut short
     * by the period covers only the period's days of it, and is named by those days.
     */
    private static List<Period> parts(Period period, CalendarUnit unit) {
        List<Period> parts = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = unit.end(day).plusDays(1)) {
            LocalDate from = day;
            LocalDate to = unit.end(day).isAfter(period.to()) ? period.to() : unit.end(day);
            boolean whole = from.equals(unit.start(from)) && to.equals(unit.end(from));
            String name = whole ? unit.label(from) : from.equals(to) ? from.toString() : from + ".." + to;
            parts.add(Period.of(name, from, to, period.zone()));
        }
        return parts;
    }

    private SetMembers bySubject(SetCall call, Metric metric, Period period) throws CheckTypeException {
        SeriesRef ref = call.grouped();
        requireEvery(ref.subject(), call, "subject");
        Platform platform = TypeChecker.platform(ref.platform());
        Segment segment = names.segment(ref);
        List<Member> members = context.subjects().keySet().stream().filter(s -> context.mayBeOn(s, platform))
                .<Member>map(s -> new SeriesMember(s.id(), new SeriesQuery(metric.id(), s, platform, period, segment))).toList();
        requireMembers(members, call, context.subjects().isEmpty() ? "there are no subjects in this dossier"
                : "no subject of this dossier has an account on " + platform.id());
        return new SetMembers(call, metric, period, new Grouping("subject", "subjects", Optional.empty()), members);
    }

    private SetMembers byPlatform(SetCall call, Metric metric, Period period) throws CheckTypeException {
        SeriesRef ref = call.grouped();
        requireEvery(ref.platform(), call, "platform");
        Subject subject = names.subject(ref.subject());
        Segment segment = names.segment(ref);
        List<Member> members = context.platforms().stream().filter(p -> context.mayBeOn(subject, p))
                .<Member>map(p -> new SeriesMember(p.id(), new SeriesQuery(metric.id(), subject, p, period, segment))).toList();
        requireMembers(members, call, "no subject of this dossier has an account on any platform");
        return new SetMembers(call, metric, period, new Grouping("platform", "platforms", Optional.empty()), members);
    }

    private SetMembers bySegment(SetCall call, Metric metric, Period period) throws CheckTypeException {
        SeriesRef ref = call.grouped();
        String key = call.grouping().text();
        if (!context.segmentKeys().contains(key)) {
            List<String> groupings = new ArrayList<>(List.of("day", "week", "month", "quarter", BY_POST, "subject", "platform"));
            groupings.addAll(context.segmentKeys().stream().sorted().toList());
            throw new CheckTypeException(call.grouping().position(), ClosestName.unknown("grouping", "groupings (calendar "
                    + "parts, post, subject, platform and the segment keys of the data)", key, groupings));
        }
        if (ref.segment().isPresent()) {
            throw new CheckTypeException(ref.segment().get().key().position(), "a set by " + key + " ranges over every "
                    + key + " itself, so the series names no segment");
        }
        Subject subject = names.subject(ref.subject());
        Platform platform = TypeChecker.platform(ref.platform());
        Set<String> values = context.segmentValues().getOrDefault(key, Set.of());
        List<Member> members = values.stream().<Member>map(v -> new SeriesMember(v,
                new SeriesQuery(metric.id(), subject, platform, period, Segment.of(key, v)))).toList();
        requireMembers(members, call, "no value of the segment key '" + key + "' is known, so there is nothing to range over");
        return new SetMembers(call, metric, period, new Grouping(key, key + " values", Optional.empty()), members);
    }

    private static void requireEvery(SeriesRef.Name name, SetCall call, String role) throws CheckTypeException {
        if (!name.text().equals(EVERY)) {
            throw new CheckTypeException(name.position(), "a set by " + role + " ranges over every " + role + ": write '*' as the "
                    + role + ", as in " + call.function().id() + "(" + exampleWithEvery(call.grouped(), role) + " by " + role + ")");
        }
    }

    private static String exampleWithEvery(SeriesRef ref, String role) {
        return ref.metric().text() + "{" + (role.equals("subject") ? EVERY : ref.subject().toString()) + ", "
                + (role.equals("platform") ? EVERY : ref.platform().toString()) + ", " + ref.period() + "}";
    }

    private static void requireMembers(List<Member> members, SetCall call, String why) throws CheckTypeException {
        if (members.isEmpty()) {
            throw new CheckTypeException(call.grouping().position(), "the set has no members: " + why);
        }
    }

    /** A distinct count or a level cannot be summed over the members: the same person or the same level would count twice. */
    private static void refuseSumOfWhatDoesNotAdd(SetMembers set) throws CheckTypeException {
        if (set.call().function() != CheckFunction.SUM || set.metric().kind() == AggregationKind.ADDITIVE) {
            return;
        }
        String why = set.metric().kind() == AggregationKind.DISTINCT
                ? "it counts distinct people, and someone in two " + set.grouping().plural() + " would be counted twice"
                : "it is a level at a moment, and levels at different moments do not add up";
        throw new CheckTypeException(set.call().position(), set.metric().id() + " cannot be summed over " + set.grouping().plural()
                + ": " + why + "; max, min, mean and median compare the members without adding them");
    }

    /**
     * The member an {@code argmax} is compared with. The label must be of the set's own kind (a
     * month for a set by month) and one of its members: anything else is almost surely a slip, so
     * it is reported rather than quietly judged false.
     */
    Member member(SetMembers set, Label label) throws CheckTypeException {
        Optional<InlinePeriod> asPeriod = inlinePeriod(label.text());
        if (set.byPost()) {
            return posts.member(set, label, asPeriod);
        }
        Optional<CalendarUnit> unit = set.grouping().unit();
        String canonical = label.text();
        if (unit.isPresent()) {
            if (asPeriod.isEmpty() || !asPeriod.get().unit().equals(unit)) {
                String written = asPeriod.map(p -> "is " + p.unit().map(u -> "a " + u.singular()).orElse("a range of days")
                        + ", but").orElse("is not a " + unit.get().singular() + ":");
                throw new CheckTypeException(label.position(), "'" + label.text() + "' " + written + " the set is by "
                        + unit.get().singular() + ", so compare it with a " + unit.get().singular() + " such as "
                        + set.members().get(0).label());
            }
            canonical = unit.get().label(asPeriod.get().period().from());
        } else if (set.grouping().singular().equals("platform")) {
            canonical = Platform.find(label.text()).map(Platform::id).orElse(label.text());
        }
        Optional<Member> member = set.member(canonical);
        if (member.isPresent()) {
            return member.get();
        }
        if (unit.isEmpty() && asPeriod.isPresent()) {
            throw new CheckTypeException(label.position(), "'" + label.text() + "' is a period, but the set is by "
                    + set.grouping().singular() + ", so compare it with a " + set.grouping().singular() + " such as "
                    + set.members().get(0).label());
        }
        throw new CheckTypeException(label.position(), "'" + label.text() + "' " + withoutAccount(set, canonical)
                + "is not one of the " + set.grouping().plural() + " of the set" + (unit.isPresent() ? " (" + set.period().name()
                + ")" : "") + ": they are " + listed(set.labels()));
    }

    /**
     * "has no account on twitter, so it ": why a subject or platform of the dossier is not a member,
     * since {@code *} ranges only over the accounts subjects have; empty for any other label.
     */
    private String withoutAccount(SetMembers set, String label) {
        SeriesQuery first = set.standIn();
        String role = set.grouping().singular();
        if (role.equals("subject") && context.subjects().keySet().stream().anyMatch(s -> s.id().equals(label))) {
            return "has no account on " + first.platform().id() + ", so it ";
        }
        if (role.equals("platform") && Platform.find(label).isPresent()) {
            return "is not a platform " + first.subject() + " has an account on, so it ";
        }
        return "";
    }

    private Optional<InlinePeriod> inlinePeriod(String text) {
        try {
            return InlinePeriod.read(text, context.zone());
        } catch (IllegalArgumentException notAPeriod) {
            return Optional.empty();
        }
    }

    private static String listed(List<String> labels) {
        String shown = String.join(", ", labels.subList(0, Math.min(LISTED, labels.size())));
        return labels.size() > LISTED ? shown + " and " + (labels.size() - LISTED) + " more" : shown;
    }
}
