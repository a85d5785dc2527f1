package dev.reckon.domain.claim;

import dev.reckon.domain.claim.ComparisonOutcome.Reading;
import dev.reckon.domain.claim.Evaluator.Evaluation;
import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The one plain sentence that explains an evaluated check to a non-programmer. */
final class PlainSentence {

    private final TypedCheck typed;
    private final Map<SeriesQuery, SeriesValue> values;
    private final Evaluation evaluation;
    private final UnitChecker units;
    private final ExpressionWording wording;
    private final List<SeriesValue> missing;

    PlainSentence(ClaimContext context, TypedCheck typed, Map<SeriesQuery, SeriesValue> values, Evaluation evaluation,
                  UnitChecker units) {
        this.typed = typed;
        this.values = values;
        this.evaluation = evaluation;
        this.units = units;
        this.wording = new ExpressionWording(context, typed.queries(), typed.sets());
        this.missing = typed.missingIn(values);
    }

    /**
     * One sentence a non-programmer understands, followed by the disagreements of the figures
     * behind it: a verdict read alone, in any format, must not hide that its data contradicts itself.
     */
    String text(Verdict verdict) {
        return verdictSentence(verdict) + disagreements();
    }

    /** " The figures disagree: the 7-day figure ... is 28,121 (page.csv:9); ... add up to 26,906; ...". */
    private String disagreements() {
        List<String> all = typed.distinctQueries().stream().map(values::get)
                .flatMap(v -> v.disagreements().stream()).distinct().toList();
        if (all.isEmpty()) {
            return "";
        }
        return " The figures behind it disagree: " + String.join("; and ", all) + ".";
    }

    private String verdictSentence(Verdict verdict) {
        if (verdict == Verdict.NO_DATA) {
            return noData();
        }
        String because = verdict == Verdict.UNDECIDED ? because() : "";
        List<ComparisonOutcome> outcomes = evaluation.outcomes();
        if (outcomes.size() == 1) {
            ComparisonOutcome only = outcomes.get(0);
            return wording.sentenceStart(subjectClause(only)) + "; the claim says " + (readsAfterItIs(only) ? "it is " : "")
                    + claimText(only) + ": " + verdict.id() + because + ".";
        }
        Optional<String> between = between(outcomes);
        if (between.isPresent()) {
            String outside = verdict == Verdict.UNDECIDED ? betweenBecause(outcomes) : "";
            return wording.sentenceStart(subjectClause(outcomes.get(0))) + "; the claim says it is " + between.get()
                    + ": " + verdict.id() + outside + ".";
        }
        return wording.sentenceStart(joined(typed.check())) + ": " + verdict.id() + because + ".";
    }

    /**
     * "There is no data for ..., so the claim can be neither confirmed nor refuted: no-data.", then
     * what the data holds instead, so that the user learns what would help. Several members of one
     * set without data are named together ("8 of the 12 months of ..."), with the help of the first:
     * a year by month must not read as eight sentences about eight months.
     */
    private String noData() {
        List<String> named = new ArrayList<>();
        List<SeriesValue> helping = new ArrayList<>();
        Set<SeriesQuery> told = new HashSet<>();
        for (SetMembers set : typed.sets().values()) {
            List<SeriesValue> without = missing.stream().filter(v -> !told.contains(v.query())
                    && !set.byPost() && set.memberQueries().contains(v.query())).toList();
            if (without.size() > 1) {
                List<String> labels = set.members().stream().filter(m -> m instanceof SetMembers.SeriesMember member
                        && without.stream().anyMatch(v -> v.query().equals(member.query()))).map(SetMembers.Member::label).toList();
                named.add(without.size() + " of the " + set.members().size() + " " + set.grouping().plural() + " of "
                        + wording.setOfAnyPeriod(set) + " in " + set.period().name() + " ("
                        + ExpressionWording.list(labels.size() > LISTED_WITHOUT_DATA ? List.of(String.join(", ",
                        labels.subList(0, LISTED_WITHOUT_DATA)), (labels.size() - LISTED_WITHOUT_DATA) + " more") : labels) + ")");
                without.forEach(v -> told.add(v.query()));
                helping.add(without.get(0));
            }
        }
        for (SeriesValue value : missing) {
            if (told.add(value.query())) {
                named.add(wording.series(value.query()) + " (" + value.query().ref() + ")");
                helping.add(value);
            }
        }
        String help = helping.stream().flatMap(v -> v.notes().stream()).distinct().map(note -> " " + note)
                .collect(Collectors.joining());
        return "There is no data for " + ExpressionWording.list(named)
                + ", so the claim can be neither confirmed nor refuted: no-data." + help;
    }

    /** How many members without data a no-data sentence names before saying how many more. */
    private static final int LISTED_WITHOUT_DATA = 3;

    /** ", because part of the range lies below 35k", with what left it open (missing data, rounding). */
    private String betweenBecause(List<ComparisonOutcome> bounds) {
        Set<String> reasons = new LinkedHashSet<>();
        for (ComparisonOutcome bound : bounds) {
            if (bound.truth() == Truth.UNDECIDED) {
                reasons.add("part of the range lies " + (bound.operator() == ComparisonOperator.GREATER_OR_EQUAL ? "below " : "above ")
                        + ((FigureTerm) bound.claimed()).figure().text());
                reasons.addAll(reasons(bound));
            }
        }
        return ", because " + String.join("; ", reasons);
    }

    /**
     * "between 88,000 and 89,000" when the check is {@code x >= A and x <= B} over one side, as
     * {@code x = between A and B} is read: one value and one range read better than two clauses.
     */
    private Optional<String> between(List<ComparisonOutcome> outcomes) {
        if (outcomes.size() != 2 || !(typed.check() instanceof Check.And)) {
            return Optional.empty();
        }
        ComparisonOutcome low = outcomes.get(0);
        ComparisonOutcome high = outcomes.get(1);
        boolean bounds = low.rule() == Reading.ORDER && high.rule() == Reading.ORDER && !low.swapped() && !high.swapped()
                && low.operator() == ComparisonOperator.GREATER_OR_EQUAL && high.operator() == ComparisonOperator.LESS_OR_EQUAL
                && low.subject().toString().equals(high.subject().toString())
                && low.claimed() instanceof FigureTerm && high.claimed() instanceof FigureTerm;
        if (!bounds) {
            return Optional.empty();
        }
        return Optional.of("between " + ((FigureTerm) low.claimed()).figure().text() + " and "
                + ((FigureTerm) high.claimed()).figure().text());
    }

    private String joined(Check check) {
        return check.accept(new Check.Visitor<String>() {
            @Override
            public String comparison(ComparisonCheck comparison) {
                ComparisonOutcome outcome = evaluation.outcomes().stream()
                        .filter(o -> o.comparison() == comparison).findFirst().orElseThrow();
                return subjectClause(outcome) + ", claimed " + claimText(outcome) + " (" + outcome.truth().word() + ")";
            }

            @Override
            public String and(Check.And and) {
                return parts(and.parts(), ", and ");
            }

            @Override
            public String or(Check.Or or) {
                return parts(or.parts(), ", or ");
            }

            private String parts(List<Check> parts, String connective) {
                return parts.stream().map(p -> p instanceof ComparisonCheck ? p.accept(this) : "(" + p.accept(this) + ")")
                        .collect(Collectors.joining(connective));
            }
        });
    }

    /** "Labour's ge2019 Facebook video views were between 4.8m and 5.2m". */
    private String subjectClause(ComparisonOutcome o) {
        if (o.rule() == Reading.LABEL) {
            return rankingClause(o);
        }
        return wording.describe(o.subject()) + " " + styleOf(o).valuePhrase(o.subjectValue(), wording.verb(o.subject()))
                + (o.subject() instanceof SetCall set ? topMembers(set, styleOf(o)) : "");
    }

    /**
     * "of Jeremy Corbyn's 2024-Q1 Twitter impressions by month, 2024-02 had 51,880 and the runner-up
     * 2024-01 had 40,000, 11,880 less": the labelled member, and the other member that decided.
     */
    private String rankingClause(ComparisonOutcome o) {
        SetMembers set = typed.sets().get((SetCall) o.subject());
        NumberStyle style = styleOf(o);
        String label = typed.labelled().get((Label) o.claimed()).label();
        String clause = "of " + wording.set(set).replaceFirst("^the \\S+ with the (highest|lowest) of ", "") + " by "
                + set.grouping().singular() + ", " + wording.member(set, label) + " " + style.valuePhrase(o.subjectValue(), "had");
        if (o.rival().isEmpty()) {
            return clause + ", and it is the only " + set.grouping().singular()
                    + (evaluation.open().contains((SetCall) o.subject()) ? " seen" : "");
        }
        ComparisonOutcome.Rival rival = o.rival().get();
        boolean highest = ((SetCall) o.subject()).function() == CheckFunction.ARGMAX;
        String role = o.truth() == Truth.FALSE ? (highest ? "the higher " : "the lower ") : "the runner-up ";
        return clause + " and " + role + wording.member(set, rival.label()) + " " + style.valuePhrase(rival.value(), "had")
                + margin(o, style, highest);
    }

    /** ", at least 11,880 less" when the labelled member is ahead by a known margin. */
    private static String margin(ComparisonOutcome o, NumberStyle style, boolean highest) {
        if (o.truth() != Truth.TRUE) {
            return "";
        }
        Interval gap = highest ? o.subjectValue().minus(o.claimedValue()) : o.claimedValue().minus(o.subjectValue());
        return gap.lo().map(g -> ", at least " + style.amount(g) + (highest ? " less" : " more")).orElse("");
    }

    /** " (highest 2024-02 with 51,880; then 2024-01 with 40,000)": which members decided a max or a min. */
    private String topMembers(SetCall call, NumberStyle style) {
        SetMembers set = typed.sets().get(call);
        String unseen = evaluation.open().contains(call) ? "; " + mayMiss(set, "there may be more") : "";
        if (set.byPost() && call.function() == CheckFunction.COUNT) {
            // The count already says how many posts there are.
            return unseen.isEmpty() ? "" : " (" + unseen.substring(2) + ")";
        }
        boolean extreme = call.function() == CheckFunction.MAX || call.function() == CheckFunction.MIN;
        if (extreme && set.members().size() == 1) {
            // The highest of one member is that member: name it, as a longer set names its top two.
            return " (" + wording.member(set, set.members().get(0).label()) + ", the only " + set.grouping().singular()
                    + unseen + ")";
        }
        if (set.members().size() < 2 || !extreme) {
            String seen = unseen.isEmpty() ? "" : " seen";
            return " (over " + set.members().size() + " " + (set.members().size() == 1 ? set.grouping().singular()
                    : set.grouping().plural()) + seen + unseen + ")";
        }
        boolean highest = call.function() == CheckFunction.MAX;
        List<SetMembers.Member> ranked = set.leading(highest, this::memberValue, 2);
        return " (" + (highest ? "highest " : "lowest ") + wording.member(set, ranked.get(0).label()) + " "
                + style.valuePhrase(memberValue(ranked.get(0)), "with") + "; then " + wording.member(set, ranked.get(1).label()) + " "
                + style.valuePhrase(memberValue(ranked.get(1)), "with") + mayPass(set, ranked.get(0), highest) + unseen + ")";
    }

    /**
     * "; 2017-Q2, 2017-Q3 and 2017-Q4 are not wholly known and may be higher": the members other
     * than the leading one whose unknown part reaches past it, so that a reader sees why the
     * highest is open rather than take the leading member for the answer.
     */
    private String mayPass(SetMembers set, SetMembers.Member leader, boolean highest) {
        Interval lead = memberValue(leader);
        List<String> open = set.members().stream().filter(m -> m != leader && !memberValue(m).isExact())
                .filter(m -> highest ? beyond(memberValue(m).hi(), lead.hi(), true) : beyond(memberValue(m).lo(), lead.lo(), false))
                .map(SetMembers.Member::label).toList();
        if (open.isEmpty()) {
            return "";
        }
        List<String> shown = open.size() > LISTED_WITHOUT_DATA ? List.of(String.join(", ", open.subList(0, LISTED_WITHOUT_DATA)),
                (open.size() - LISTED_WITHOUT_DATA) + " more") : open;
        return "; " + ExpressionWording.list(shown) + (open.size() == 1 ? " is" : " are") + " not wholly known and may be "
                + (highest ? "higher" : "lower");
    }

    /** Whether an end reaches past another: above it ({@code up}) or below it, an absent end being infinite. */
    private static boolean beyond(Optional<BigDecimal> end, Optional<BigDecimal> other, boolean up) {
        if (end.isEmpty()) {
            return other.isPresent();
        }
        return other.isPresent() && (up ? end.get().compareTo(other.get()) > 0 : end.get().compareTo(other.get()) < 0);
    }

    /** "the exports do not cover all of 2017 for rOpenSci's Twitter post impressions, so {@code consequence}". */
    private String mayMiss(SetMembers set, String consequence) {
        return "the exports do not cover all of " + set.period().name() + " for " + wording.seriesOfAnyPeriod(PostCoverage.firstOpen(set, values).orElse(set.standIn()))
                + ", so " + consequence;
    }

    private Interval memberValue(SetMembers.Member member) {
        return Evaluator.memberValue(member, typed, values);
    }

    /** "above 6m", "50.4% (50.35% to 50.45%)", "more than 37m", "about 0.5 (within 10%: 45% to 55%)". */
    private String claimText(ComparisonOutcome o) {
        NumberStyle style = styleOf(o);
        if (TypeChecker.qualified(o.claimed()).isPresent()) {
            Figure figure = ((FigureTerm) o.claimed()).figure();
            return figure.text() + aboutBand(o, style);
        }
        String claimed = o.claimed() instanceof FigureTerm term ? term.figure().text()
                : wording.describe(o.claimed()) + ", which " + style.valuePhrase(o.claimedValue(), wording.verb(o.claimed()));
        return switch (o.rule()) {
            case ROUNDS_TO -> {
                Figure figure = ((FigureTerm) o.claimed()).figure();
                yield figure.isExact() ? figure.text() : figure.text() + " (" + style.range(figure.interval()) + ")";
            }
            case SAME_VALUE, ORDER -> o.operator().words() + " " + claimed;
            case ABOUT -> "about " + claimed + aboutBand(o, style);
            case LABEL -> "the " + (((SetCall) o.subject()).function() == CheckFunction.ARGMAX ? "highest" : "lowest")
                    + " is " + ((Label) o.claimed()).text();
        };
    }

    /** Whether the claim text reads after "the claim says it is" rather than "the claim says". */
    private static boolean readsAfterItIs(ComparisonOutcome o) {
        return TypeChecker.qualified(o.claimed()).isEmpty() && o.rule() != Reading.ROUNDS_TO && o.rule() != Reading.LABEL;
    }

    private static String aboutBand(ComparisonOutcome o, NumberStyle style) {
        if (o.tolerance().isEmpty()) {
            return "";
        }
        ComparisonOutcome.Tolerance tolerance = o.tolerance().get();
        String within = tolerance.byDefault() ? "within the default " + tolerance.figure().text() : "within " + tolerance.figure().text();
        return " (" + within + o.band().map(b -> ": " + style.range(b)).orElse("") + ")";
    }

    /** Why an undecided claim is undecided, and by how much. */
    private String because() {
        Set<String> reasons = new LinkedHashSet<>();
        List<String> amounts = new ArrayList<>();
        for (ComparisonOutcome o : evaluation.outcomes()) {
            if (o.truth() != Truth.UNDECIDED) {
                continue;
            }
            reasons.addAll(reasons(o));
            amount(o).ifPresent(amounts::add);
        }
        if (reasons.isEmpty()) {
            reasons.add("the two ranges overlap");
        }
        // Reasons may hold commas and "and" themselves, so they are separated by semicolons.
        String text = ", because " + String.join("; ", reasons);
        return amounts.isEmpty() ? text : text + ", so " + ExpressionWording.list(amounts);
    }

    private List<String> reasons(ComparisonOutcome o) {
        List<String> reasons = new ArrayList<>();
        if (o.rule() == Reading.LABEL) {
            SetCall call = (SetCall) o.subject();
            boolean overlaps = o.rival().map(r -> r.value().overlaps(o.subjectValue())).orElse(false);
            if (overlaps || !evaluation.open().contains(call)) {
                String rival = o.rival().map(ComparisonOutcome.Rival::label).orElse("another member");
                reasons.add("the ranges of " + ((Label) o.claimed()).text() + " and " + rival + " overlap, so either may be ahead");
            }
            if (evaluation.open().contains(call)) {
                reasons.add(mayMiss(typed.sets().get(call), "a post they do not hold may be "
                        + (call.function() == CheckFunction.ARGMAX ? "higher" : "lower")));
            }
            return reasons;
        }
        for (ComparisonOutcome.ZeroDivisor divisor : o.zeroDivisors()) {
            reasons.add("it divides by " + wording.describe(divisor.divisor()) + ", which could be zero ("
                    + NumberStyle.DECIMAL.range(divisor.value()) + ")");
        }
        for (SeriesRef ref : Stream.concat(o.subject().series().stream(), o.claimed().series().stream()).distinct().toList()) {
            Optional<SetCall> byPost = typed.sets().keySet().stream()
                    .filter(call -> call.grouped() == ref && typed.sets().get(call).byPost()).findFirst();
            if (byPost.isPresent()) {
                // Its members are posts, each exact; only posts not seen leave it open.
                if (evaluation.open().contains(byPost.get())) {
                    // Where the set's top members are shown, they already say which period the exports leave open.
                    reasons.add(o.subject() == byPost.get() ? "posts the exports do not hold may be missing from the set"
                            : mayMiss(typed.sets().get(byPost.get()), "posts they do not hold may be missing from the set"));
                }
                continue;
            }
            SeriesValue value = values.get(typed.queries().get(ref));
            if (value.status() != SeriesStatus.VALUE) {
                continue;
            }
            boolean incomplete = !value.gaps().isEmpty() || !value.value().hasUpperBound();
            if (incomplete) {
                reasons.add("data is missing for part of " + value.query().period().name() + " for " + wording.series(ref)
                        + ", which " + NumberStyle.COUNT.valuePhrase(value.value(), "is"));
            } else if (typed.metrics().get(ref).kind() == AggregationKind.DISTINCT && !value.value().isExact()) {
                reasons.add(wording.series(ref) + " is a count of distinct people known only to lie between "
                        + NumberStyle.COUNT.range(value.value()).replace(" to ", " and "));
            }
        }
        List<String> rounded = roundedFigures(o);
        if (!rounded.isEmpty()) {
            reasons.add(ExpressionWording.list(rounded) + (rounded.size() == 1 ? " is" : " are") + " rounded");
        }
        if (reasons.isEmpty() && isDivisionThatDoesNotEnd(o)) {
            reasons.add("a division that does not end (like 1 / 3) is known only to " + Interval.DIVISION_DIGITS
                    + " significant digits, so two such results cannot be shown to be exactly equal");
        }
        return reasons;
    }

    /** Rounded figures inside arithmetic, which enter as intervals; a bare figure's own range is stated with the claim. */
    private static List<String> roundedFigures(ComparisonOutcome o) {
        List<String> rounded = new ArrayList<>();
        for (Expression side : List.of(o.subject(), o.claimed())) {
            if (!(side instanceof FigureTerm)) {
                figuresIn(side).stream().filter(f -> !f.isExact()).map(Figure::text).forEach(rounded::add);
            }
        }
        return rounded.stream().distinct().toList();
    }

    private static List<Figure> figuresIn(Expression expression) {
        if (expression instanceof FigureTerm term) {
            return List.of(term.figure());
        }
        return expression.children().flatMap(c -> figuresIn(c).stream()).toList();
    }

    private static boolean isDivisionThatDoesNotEnd(ComparisonOutcome o) {
        return NumberStyle.nearlyExact(o.subjectValue()) && NumberStyle.nearlyExact(o.claimedValue())
                && !(o.subjectValue().isExact() && o.claimedValue().isExact());
    }

    private Optional<String> amount(ComparisonOutcome o) {
        if (isDivisionThatDoesNotEnd(o) || o.rule() == Reading.LABEL) {
            return Optional.empty();
        }
        NumberStyle style = styleOf(o);
        Interval a = o.subjectValue();
        Interval b = o.claimedValue();
        if (o.rule() == Reading.ROUNDS_TO && a.isBounded()) {
            BigDecimal below = b.lo().orElseThrow().subtract(a.lo().orElseThrow());
            BigDecimal above = a.hi().orElseThrow().subtract(b.hi().orElseThrow());
            return Optional.of("the value may lie up to " + style.amount(below.max(above))
                    + " outside the range of " + ((FigureTerm) o.claimed()).figure().text());
        }
        if (o.rule() == Reading.ABOUT) {
            Interval allowed = Evaluator.allowedDistance(o.tolerance().orElseThrow(), b);
            Interval distance = a.minus(b).abs();
            if (distance.isBounded() && allowed.isBounded()) {
                return Optional.of("the gap " + style.valuePhrase(distance, "is") + " while " + style.range(allowed)
                        + " is allowed");
            }
            return Optional.empty();
        }
        if (a.isBounded() && b.isExact()) {
            // Against a single value the overlap is always 0: say how far the range reaches on each side of it.
            BigDecimal point = b.lo().orElseThrow();
            return Optional.of("the value may lie up to " + style.amount(point.subtract(a.lo().orElseThrow()))
                    + " below " + style.amount(point) + " or up to " + style.amount(a.hi().orElseThrow().subtract(point))
                    + " above it");
        }
        if (a.isBounded() && b.isBounded()) {
            BigDecimal overlap = a.hi().orElseThrow().min(b.hi().orElseThrow())
                    .subtract(a.lo().orElseThrow().max(b.lo().orElseThrow()));
            return Optional.of("the two ranges overlap by " + style.amount(overlap));
        }
        return Optional.empty();
    }

    private NumberStyle styleOf(ComparisonOutcome o) {
        ValueUnit unit;
        try {
            // An argmax is a label, but the values the sentence gives are its members', in their unit (£1,200, not 1,200).
            unit = o.subject() instanceof SetCall set && set.function().givesLabel()
                    ? units.unitOf(set.grouped()) : units.unitOf(o.subject());
        } catch (CheckTypeException alreadyReported) {
            return NumberStyle.DECIMAL;
        }
        return switch (unit.kind()) {
            case MONEY -> NumberStyle.money(unit.currency());
            case COUNT -> NumberStyle.COUNT;
            case NUMBER -> percentLike(o) ? NumberStyle.PERCENT : NumberStyle.DECIMAL;
        };
    }

    /**
     * Ratios are shown as percentages when the claim writes one, when they compare one series with
     * itself, or when they are a {@code change}, which people say as "up 173%", never "up 1.73".
     */
    private boolean percentLike(ComparisonOutcome o) {
        boolean writesPercent = Stream.of(o.subject(), o.claimed()).flatMap(s -> figuresIn(s).stream()).anyMatch(Figure::percent);
        boolean share = o.subject() instanceof Arithmetic a && a.isBinary(ArithmeticOperator.DIVIDED_BY)
                && a.first() instanceof SeriesRef l && a.steps().get(0).operand() instanceof SeriesRef r
                && l.metric().text().equals(r.metric().text());
        boolean change = o.subject() instanceof Expression.Call call && call.function() == CheckFunction.CHANGE;
        return writesPercent || share || change;
    }
}
