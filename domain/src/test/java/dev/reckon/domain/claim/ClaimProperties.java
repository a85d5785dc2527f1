package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ClaimProperties {

    @Property
    void aFigureWrittenInACheckDenotesTheSameIntervalAsOnItsOwn(@ForAll("figures") String text) throws CheckSyntaxException {
        ComparisonCheck alone = (ComparisonCheck) CheckParser.parse("x{a, b, c} =\n " + text);
        ComparisonCheck printed = (ComparisonCheck) CheckParser.parse(alone.toString());

        Interval expected = Figure.parse(text).interval();
        assertThat(((FigureTerm) alone.right()).figure().interval()).isEqualTo(expected);
        assertThat(((FigureTerm) printed.right()).figure().interval()).isEqualTo(expected);
    }

    @Property
    void aFigureAsAFunctionArgumentIsOneArgument(@ForAll("figures") String text) throws CheckSyntaxException {
        Expression.Call call = (Expression.Call) ((ComparisonCheck) CheckParser.parse("max(" + text + ", " + text + ") > 0")).left();

        assertThat(call.arguments()).hasSize(2)
                .allSatisfy(a -> assertThat(((FigureTerm) a).figure().interval()).isEqualTo(Figure.parse(text).interval()));
    }

    @Provide
    Arbitrary<String> figures() {
        Arbitrary<String> currency = Arbitraries.of("", "", "£", "$", "€");
        Arbitrary<Long> whole = Arbitraries.longs().between(0, 99_999_999L);
        Arbitrary<Boolean> grouped = Arbitraries.of(true, false);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(3).map(f -> f.isEmpty() ? "" : "." + f);
        Arbitrary<String> suffix = Arbitraries.of("", "", "k", "m", "bn", "%");
        return Combinators.combine(currency, whole, grouped, fraction, suffix).as((c, w, g, f, s) ->
                (s.equals("%") ? "" : c) + (g ? String.format(java.util.Locale.ROOT, "%,d", w) : Long.toString(w)) + f + s);
    }

    /** Whatever the sides, an ordering and its opposite never agree, and true or false holds for every pair of values. */
    @Property(tries = 300)
    void orderingsAreSoundAndComplementary(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b,
                                           @ForAll @IntRange(min = 0, max = 100) int pickA,
                                           @ForAll @IntRange(min = 0, max = 100) int pickB) {
        Dossier dossier = new Dossier().with("likes{labour,twitter,ge2019}", a).with("likes{jc,twitter,ge2019}", b);
        String left = "likes{labour, twitter, ge2019}";
        String right = "likes{jc, twitter, ge2019}";
        BigDecimal p = pick(a, pickA);
        BigDecimal q = pick(b, pickB);

        for (String[] pair : new String[][] {{"<", ">="}, {"<=", ">"}, {">", "<="}, {">=", "<"}}) {
            Verdict verdict = dossier.check(left + " " + pair[0] + " " + right).verdict();
            Verdict opposite = dossier.check(left + " " + pair[1] + " " + right).verdict();
            assertThat(opposite).isEqualTo(verdict == Verdict.TRUE ? Verdict.FALSE
                    : verdict == Verdict.FALSE ? Verdict.TRUE : Verdict.UNDECIDED);
            if (verdict != Verdict.UNDECIDED) {
                assertThat(holds(pair[0], p, q)).isEqualTo(verdict == Verdict.TRUE);
            }
        }
        Verdict equal = dossier.check(left + " = " + right).verdict();
        if (equal != Verdict.UNDECIDED) {
            assertThat(p.compareTo(q) == 0).isEqualTo(equal == Verdict.TRUE);
        }
    }

    private static boolean holds(String operator, BigDecimal p, BigDecimal q) {
        int order = p.compareTo(q);
        return switch (operator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private static BigDecimal pick(Interval interval, int percent) {
        BigDecimal lo = interval.lo().orElseThrow();
        BigDecimal width = interval.width().orElseThrow();
        return lo.add(width.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100)));
    }

    @Provide
    Arbitrary<Interval> intervals() {
        Arbitrary<Integer> lo = Arbitraries.integers().between(0, 20);
        Arbitrary<Integer> width = Arbitraries.of(0, 0, 1, 2, 5);
        return Combinators.combine(lo, width).as((l, w) -> Interval.of(BigDecimal.valueOf(l), BigDecimal.valueOf(l + w)));
    }

    /** No text, however garbled, makes the checker throw: it always answers with a verdict and a sentence. */
    @Property(tries = 2000)
    void anyTextGivesAResult(@ForAll("checkish") String check) {
        ClaimResult result = new Dossier().with("likes{labour,twitter,ge2019}", "5").check(check);

        assertThat(result.explanation()).isNotBlank();
        if (result.verdict() == Verdict.INVALID) {
            // A syntax or type error with a position, never an internal failure caught as a last resort.
            assertThat(result.error().orElseThrow().message()).doesNotStartWith("the check could not be evaluated");
            assertThat(result.error().orElseThrow().position()).isPresent();
        }
    }

    @Provide
    Arbitrary<String> checkish() {
        Arbitrary<String> pieces = Arbitraries.of("likes{labour, twitter, ge2019}", "likes{", "}", "{", ",", "=", "<", ">=",
                "~", "within", "10%", "-", "+", "*", "/", "(", ")", "max(", "abs(", "and", "or", "436,000", "£5", "1.5m",
                "more than 2", "\"x", "\n", " ", "0", "town=Stoke", "1,2", "..", "%", "reach{labour,facebook,ge2019}");
        return pieces.list().ofMaxSize(12).map(list -> String.join(" ", list));
    }
}
