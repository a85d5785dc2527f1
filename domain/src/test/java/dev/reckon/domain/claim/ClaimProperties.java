package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.number.Figure;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

class ClaimProperties {

    @FuzzTest
    void aFigureWrittenInACheckDenotesTheSameIntervalAsOnItsOwn(FuzzedDataProvider data) throws CheckSyntaxException {
        String text = figure(data);
        ComparisonCheck alone = (ComparisonCheck) CheckParser.parse("x{a, b, c} =\n " + text);
        ComparisonCheck printed = (ComparisonCheck) CheckParser.parse(alone.toString());

        Interval expected = Figure.parse(text).interval();
        assertThat(((FigureTerm) alone.right()).figure().interval()).isEqualTo(expected);
        assertThat(((FigureTerm) printed.right()).figure().interval()).isEqualTo(expected);
    }

    @FuzzTest
    void aFigureAsAFunctionArgumentIsOneArgument(FuzzedDataProvider data) throws CheckSyntaxException {
        String text = figure(data);
        Expression.Call call = (Expression.Call) ((ComparisonCheck) CheckParser.parse("max(" + text + ", " + text + ") > 0")).left();

        assertThat(call.arguments()).hasSize(2)
                .allSatisfy(a -> assertThat(((FigureTerm) a).figure().interval()).isEqualTo(Figure.parse(text).interval()));
    }

    /** A figure as a claim quotes it: currency or percent, grouped thousands or not, up to three decimals, a magnitude. */
    private static String figure(FuzzedDataProvider data) {
        String currency = data.pickValue(new String[] {"", "", "£", "$", "€"});
        long whole = data.consumeLong(0, 99_999_999L);
        boolean grouped = data.consumeBoolean();
        StringBuilder fraction = new StringBuilder();
        for (int i = 0, digits = data.consumeInt(0, 3); i < digits; i++) {
            fraction.append(data.consumeInt(0, 9));
        }
        String suffix = data.pickValue(new String[] {"", "", "k", "m", "bn", "%"});
        return (suffix.equals("%") ? "" : currency) + (grouped ? String.format(Locale.ROOT, "%,d", whole) : Long.toString(whole))
                + (fraction.length() == 0 ? "" : "." + fraction) + suffix;
    }

    /** Whatever the sides, an ordering and its opposite never agree, and true or false holds for every pair of values. */
    @FuzzTest
    void orderingsAreSoundAndComplementary(FuzzedDataProvider data) {
        Interval a = interval(data);
        Interval b = interval(data);
        int pickA = data.consumeInt(0, 100);
        int pickB = data.consumeInt(0, 100);
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

    private static Interval interval(FuzzedDataProvider data) {
        int lo = data.consumeInt(0, 20);
        int width = data.pickValue(new int[] {0, 0, 1, 2, 5});
        return Interval.of(BigDecimal.valueOf(lo), BigDecimal.valueOf(lo + width));
    }

    /** No text, however garbled, makes the checker throw: it always answers with a verdict and a sentence. */
    @FuzzTest
    void anyTextGivesAResult(FuzzedDataProvider data) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0, count = data.consumeInt(0, 12); i < count; i++) {
            pieces.add(data.pickValue(CHECKISH));
        }
        assertGivesAResult(String.join(" ", pieces));
    }

    /** The same for any characters at all, not only the language's own words. */
    @FuzzTest
    void anyCharactersGiveAResult(FuzzedDataProvider data) {
        assertGivesAResult(data.consumeRemainingAsString());
    }

    private static void assertGivesAResult(String check) {
        ClaimResult result = new Dossier().with("likes{labour,twitter,ge2019}", "5").check(check);

        assertThat(result.explanation()).isNotBlank();
        if (result.verdict() == Verdict.INVALID) {
            // A syntax or type error with a position, never an internal failure caught as a last resort.
            assertThat(result.error().orElseThrow().message()).doesNotStartWith("the check could not be evaluated");
            assertThat(result.error().orElseThrow().position()).isPresent();
        }
    }

    private static final String[] CHECKISH = {"likes{labour, twitter, ge2019}", "likes{", "}", "{", ",", "=", "<", ">=",
        "~", "within", "10%", "-", "+", "*", "/", "(", ")", "max(", "abs(", "and", "or", "436,000", "£5", "1.5m",
        "more than 2", "\"x", "\n", " ", "0", "town=Stoke", "1,2", "..", "%", "reach{labour,facebook,ge2019}"};
}
