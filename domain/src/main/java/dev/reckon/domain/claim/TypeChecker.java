package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Basis;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.observation.InlinePeriod;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.PostSource;
import dev.reckon.domain.series.SeriesQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a parsed check against a dossier before anything is evaluated: every name must exist,
 * qualified figures must stand where they make sense, units must agree, and a distinct count
 * must not be added up across segments or periods.
 */
final class TypeChecker {

    private final ClaimContext context;
    private final PostSource posts;

    /** A type checker for a dossier whose posts are {@code posts}, which a set by post ranges over. */
    TypeChecker(ClaimContext context, PostSource posts) {
        this.context = context;
        this.posts = posts;
    }

    /** A type checker that knows no posts: a set by post finds none. */
    TypeChecker(ClaimContext context) {
        this(context, NO_POSTS);
    }

    /** The posts of a checker that is given none. */
    static final PostSource NO_POSTS = filter -> List.of();

    TypedCheck check(Check check) throws CheckTypeException {
        Map<SeriesRef, SeriesQuery> queries = new LinkedHashMap<>();
        Map<SeriesRef, Metric> metrics = new LinkedHashMap<>();
        Map<SetCall, SetMembers> sets = new LinkedHashMap<>();
        Map<Label, SetMembers.Member> labelled = new LinkedHashMap<>();
        SetResolver resolver = new SetResolver(this, context, posts);
        for (ComparisonCheck comparison : check.comparisons()) {
            List<SetCall> setCalls = setsIn(comparison);
            List<SeriesRef> grouped = setCalls.stream().map(SetCall::grouped).toList();
            for (SeriesRef ref : seriesOf(comparison)) {
                metrics.put(ref, metric(ref));
                if (!grouped.contains(ref)) {
                    queries.put(ref, query(ref));
                }
            }
            for (SetCall set : setCalls) {
                SetMembers members = resolver.resolve(set, metrics.get(set.grouped()));
                sets.put(set, members);
                queries.put(set.grouped(), members.standIn());
            }
            checkLabelsStandAlone(comparison);
            if (comparison.right() instanceof Label label && comparison.left() instanceof SetCall set) {
                labelled.put(label, resolver.member(sets.get(set), label));
            }
        }
        Set<String> notes = new LinkedHashSet<>();
        UnitChecker units = new UnitChecker(ref -> unitOf(metrics.get(ref)));
        for (ComparisonCheck comparison : check.comparisons()) {
            checkQualifiers(comparison);
            checkAggregation(comparison.left(), metrics);
            checkAggregation(comparison.right(), metrics);
            units.checkComparison(comparison);
            notes.addAll(definitionNotes(comparison, metrics));
        }
        notes.addAll(units.notes());
        return new TypedCheck(check, queries, metrics, sets, labelled, new ArrayList<>(notes));
    }

    private static List<SetCall> setsIn(ComparisonCheck comparison) {
        List<SetCall> sets = new ArrayList<>(setsIn(comparison.left()));
        sets.addAll(setsIn(comparison.right()));
        return sets;
    }

    private static List<SetCall> setsIn(Expression expression) {
        return expression instanceof SetCall set ? List.of(set) : expression.children().flatMap(c -> setsIn(c).stream()).toList();
    }

    /**
     * An {@code argmax} gives a member's label, so it stands only as the left side of {@code = label};
     * anywhere else it would be used as a number.
     */
    private static void checkLabelsStandAlone(ComparisonCheck comparison) throws CheckTypeException {
        boolean labelComparison = comparison.right() instanceof Label;
        for (SetCall set : setsIn(comparison)) {
            if (set.function().givesLabel() && !(labelComparison && comparison.left() == set)) {
                throw new CheckTypeException(set.position(), set.function().id() + " gives the label of a member (a day, a "
                        + "month, a subject...), which is compared with '=' to a label, as in " + set + " = "
                        + labelExample(set) + "; it is not a number");
            }
        }
    }

    private static String labelExample(SetCall set) {
        return switch (set.grouping().text().toLowerCase(java.util.Locale.ROOT)) {
            case "day" -> "2024-02-01";
            case "week" -> "2024-W05";
            case "month" -> "2024-02";
            case "quarter" -> "2024-Q1";
            case "platform" -> "facebook";
            case SetResolver.BY_POST -> "836988165339922432";
            default -> set.grouped().subject().text().equals(SetResolver.EVERY) ? "jc" : "Stoke";
        };
    }

    static List<SeriesRef> seriesOf(ComparisonCheck comparison) {
        List<SeriesRef> refs = new ArrayList<>(comparison.left().series());
        refs.addAll(comparison.right().series());
        return refs;
    }

    static ValueUnit unitOf(Metric metric) {
        return switch (metric.unit()) {
            case EVENTS, PEOPLE -> ValueUnit.count(metric.unit());
            case MONEY -> ValueUnit.money(Optional.empty());
            case RATIO -> ValueUnit.number(false);
        };
    }

    private Metric metric(SeriesRef ref) throws CheckTypeException {
        String id = ref.metric().text();
        return context.catalogue().named(id).orElseThrow(() -> new CheckTypeException(ref.metric().position(),
                ClosestName.unknown("metric", "metrics", id,
                        context.catalogue().all().stream().map(m -> m.id().value()).toList())));
    }

    /** The id a reference names; a text no metric could have is reported as the unknown metric it is. */
    private MetricId metricId(SeriesRef ref) throws CheckTypeException {
        String text = ref.metric().text();
        return MetricId.isWellFormed(text) ? new MetricId(text) : metric(ref).id();
    }

    private SeriesQuery query(SeriesRef ref) throws CheckTypeException {
        for (SeriesRef.Name name : List.of(ref.subject(), ref.platform())) {
            if (name.text().equals(SetResolver.EVERY)) {
                throw new CheckTypeException(name.position(), "'*' ranges over every subject or platform only in a set, "
                        + "such as max(impressions{*, facebook, ge2019} by subject)");
            }
        }
        return new SeriesQuery(metricId(ref), subject(ref.subject()), platform(ref.platform()), period(ref.period()),
                segment(ref));
    }

    /** Whether the catalogue has {@code id} as a metric of single posts, a post's lifetime total. */
    boolean isPerPostMetric(String id) {
        return context.catalogue().named(id).filter(m -> m.basis() == Basis.POST_LIFETIME).isPresent();
    }

    Subject subject(SeriesRef.Name name) throws CheckTypeException {
        Optional<Subject> known = context.subjects().keySet().stream().filter(s -> s.id().equals(name.text())).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        // Report writers name an account as the report does ("rOpenSci"), not by the dossier's short id.
        Optional<Subject> named = context.subjects().entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(name.text()) || e.getKey().id().equalsIgnoreCase(name.text()))
                .map(Map.Entry::getKey).sorted(Comparator.comparing(Subject::id)).findFirst();
        if (named.isPresent()) {
            throw new CheckTypeException(name.position(), "unknown subject '" + name.text() + "': it is how the dossier names '"
                    + named.get().id() + "' (" + context.subjects().get(named.get()) + "); a check names a subject by its id, as in "
                    + named.get().id());
        }
        throw new CheckTypeException(name.position(), ClosestName.unknown("subject",
                "subjects", name.text(), context.subjects().keySet().stream().map(Subject::id).toList()));
    }

    static Platform platform(SeriesRef.Name name) throws CheckTypeException {
        return Platform.find(name.text())
                .orElseThrow(() -> new CheckTypeException(name.position(), ClosestName.unknown("platform",
                        "platforms", name.text(), Arrays.stream(Platform.values()).map(Platform::id).toList())));
    }

    Segment segment(SeriesRef ref) throws CheckTypeException {
        if (ref.segment().isEmpty()) {
            return Segment.TOTAL;
        }
        SeriesRef.SegmentSelector selector = ref.segment().get();
        if (!context.segmentKeys().contains(selector.key().text())) {
            throw new CheckTypeException(selector.key().position(), ClosestName.unknown("segment key",
                    "segment keys", selector.key().text(), context.segmentKeys()));
        }
        return Segment.of(selector.key().text(), selector.value().text());
    }

    /**
     * A declared period, else one written inline ({@code 2021-12}). A declared name wins: the
     * dossier's author defined it on purpose, and a check must not change meaning because a name
     * happens to look like a date (docs/decisions.md).
     */
    Period period(SeriesRef.Name name) throws CheckTypeException {
        Period declared = context.periods().get(name.text());
        if (declared != null) {
            return declared;
        }
        Optional<InlinePeriod> inline;
        try {
            inline = InlinePeriod.read(name.text(), context.zone());
        } catch (IllegalArgumentException notAPeriod) {
            throw new CheckTypeException(name.position(), notAPeriod.getMessage());
        }
        return inline.map(InlinePeriod::period).orElseThrow(() -> {
            String unknown = ClosestName.unknown("period", "periods", name.text(), context.periods().keySet());
            return new CheckTypeException(name.position(), unknown + (unknown.endsWith(".") ? " " : ". ") + INLINE_PERIODS);
        });
    }

    private static final String INLINE_PERIODS = "A period may also be written inline: 2021-12-01, 2021-W48, 2021-12, "
            + "2021-Q4, 2021 or 2021-12-01..2021-12-14.";

    /**
     * A qualified figure ("more than 1.5m") already says how to compare, so it may stand only as a
     * whole side of '=' (which it turns into its own operator), never inside arithmetic, never on
     * both sides, never as a tolerance.
     */
    private static void checkQualifiers(ComparisonCheck comparison) throws CheckTypeException {
        Optional<Figure> leftQualified = qualified(comparison.left());
        Optional<Figure> rightQualified = qualified(comparison.right());
        if (leftQualified.isPresent() && rightQualified.isPresent()) {
            throw new CheckTypeException(comparison.right().position(), "both sides are qualified ('"
                    + leftQualified.get().text() + "' and '" + rightQualified.get().text() + "'): at most one side may be");
        }
        Optional<Figure> sideQualifier = leftQualified.or(() -> rightQualified);
        if (sideQualifier.isPresent() && comparison.operator() != ComparisonOperator.EQUAL) {
            Expression side = leftQualified.isPresent() ? comparison.left() : comparison.right();
            throw new CheckTypeException(side.position(), "'" + sideQualifier.get().text() + "' already says how to compare: "
                    + "write it after '=' (x = " + sideQualifier.get().text() + ") or drop the words before the number");
        }
        for (Expression side : List.of(comparison.left(), comparison.right())) {
            if (qualified(side).isEmpty()) {
                rejectNestedQualifiers(side);
            }
        }
        if (comparison.tolerance().isPresent()) {
            Figure tolerance = comparison.tolerance().get();
            boolean about = comparison.operator() == ComparisonOperator.ABOUT
                    || sideQualifier.flatMap(Figure::qualifier).map(q -> q.operator().equals("~")).orElse(false);
            if (!about) {
                throw new CheckTypeException(comparison.position(), "'within' only goes with '~' (about), as in x ~ 0.5 within 10%");
            }
            if (tolerance.qualifier().isPresent()) {
                throw new CheckTypeException(comparison.position(), "the tolerance '" + tolerance.text() + "' must be a plain figure such as 10% or 5k");
            }
            if (tolerance.nominal().signum() < 0) {
                throw new CheckTypeException(comparison.position(), "the tolerance '" + tolerance.text() + "' is negative");
            }
        }
    }

    private static void rejectNestedQualifiers(Expression expression) throws CheckTypeException {
        if (expression instanceof FigureTerm term && term.figure().qualifier().isPresent()) {
            throw new CheckTypeException(term.position(), "'" + term.figure().text() + "' has a qualifier, which only makes "
                    + "sense as a whole side of a comparison, not inside arithmetic");
        }
        for (Expression child : expression.children().toList()) {
            rejectNestedQualifiers(child);
        }
    }

    static Optional<Figure> qualified(Expression side) {
        return side instanceof FigureTerm term && term.figure().qualifier().isPresent()
                ? Optional.of(term.figure()) : Optional.empty();
    }

    /**
     * A distinct count (reach, donors) cannot be summed: the same person may be in two segments or
     * two periods, so {@code sum(...)} or {@code +} of one distinct metric over different segments
     * or periods of one subject and platform is refused.
     */
    private static void checkAggregation(Expression expression, Map<SeriesRef, Metric> metrics) throws CheckTypeException {
        refuseDistinctSums(expression.accept(ADDED_SERIES), metrics);
        for (Expression child : expression.children().toList()) {
            checkAggregation(child, metrics);
        }
    }

    /**
     * The series a sum adds together, through nested sums but not through other operations; a
     * lone series adds nothing to anything, so it gives none.
     */
    private static final Expression.Visitor<List<SeriesRef>, RuntimeException> ADDED_SERIES = new Expression.Visitor<>() {
        @Override
        public List<SeriesRef> figure(FigureTerm figure) {
            return List.of();
        }

        @Override
        public List<SeriesRef> series(SeriesRef series) {
            return List.of();
        }

        @Override
        public List<SeriesRef> negated(Negated negated) {
            return List.of();
        }

        @Override
        public List<SeriesRef> arithmetic(Arithmetic arithmetic) {
            if (arithmetic.multiplies() || arithmetic.steps().stream().noneMatch(s -> s.operator() == ArithmeticOperator.PLUS)) {
                return List.of();
            }
            List<SeriesRef> terms = new ArrayList<>(term(arithmetic.first()));
            arithmetic.steps().stream().filter(s -> s.operator() == ArithmeticOperator.PLUS)
                    .forEach(s -> terms.addAll(term(s.operand())));
            return terms;
        }

        @Override
        public List<SeriesRef> setCall(SetCall set) {
            return List.of();
        }

        @Override
        public List<SeriesRef> label(Label label) {
            return List.of();
        }

        @Override
        public List<SeriesRef> call(Call call) {
            if (call.function() != CheckFunction.SUM) {
                return List.of();
            }
            List<SeriesRef> terms = new ArrayList<>();
            call.arguments().forEach(argument -> terms.addAll(term(argument)));
            return terms;
        }

        /** One term of a sum: a series, or the terms of a sum inside it. */
        private List<SeriesRef> term(Expression term) {
            return term instanceof SeriesRef ref ? List.of(ref) : term.accept(this);
        }
    };

    /**
     * Groups the added series by metric, subject and platform, so that a long sum is checked in
     * one pass rather than pair by pair.
     */
    private static void refuseDistinctSums(List<SeriesRef> added, Map<SeriesRef, Metric> metrics) throws CheckTypeException {
        Map<List<String>, SeriesRef> firstOfEachSeries = new LinkedHashMap<>();
        for (SeriesRef ref : added) {
            if (metrics.get(ref).kind() != AggregationKind.DISTINCT) {
                continue;
            }
            List<String> series = List.of(ref.metric().text(), ref.subject().text(), ref.platform().text());
            SeriesRef first = firstOfEachSeries.putIfAbsent(series, ref);
            if (first != null) {
                refuseDistinctSum(first, ref, metrics.get(first));
            }
        }
    }

    private static void refuseDistinctSum(SeriesRef a, SeriesRef b, Metric metric) throws CheckTypeException {
        boolean segmentsDiffer = !a.segment().map(Object::toString).equals(b.segment().map(Object::toString));
        boolean periodsDiffer = !a.period().text().equals(b.period().text());
        if (segmentsDiffer || periodsDiffer) {
            String across = segmentsDiffer ? "segments" : "periods";
            throw new CheckTypeException(b.position(), metric.id() + " cannot be aggregated across " + across + ": it counts "
                    + "distinct people, and someone in both " + a + " and " + b + " would be counted twice");
        }
    }

    /** The evidence must say when a claim compares metrics defined differently (events vs people, or another basis). */
    private static List<String> definitionNotes(ComparisonCheck comparison, Map<SeriesRef, Metric> metrics) {
        Set<Metric> left = comparison.left().series().stream().map(metrics::get).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Metric> right = comparison.right().series().stream().map(metrics::get).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> notes = new ArrayList<>();
        for (Metric l : left) {
            for (Metric r : right) {
                boolean differentCounts = l.unit() != r.unit() && l.unit().isCount() && r.unit().isCount();
                if (!l.equals(r) && (differentCounts || l.basis() != r.basis())) {
                    notes.add("the definitions differ: " + l.id() + " is \"" + l.definition() + "\" while " + r.id()
                            + " is \"" + r.definition() + "\"");
                }
            }
        }
        return notes;
    }
}
