package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three-valued rules of docs/semantics.md#operators, over series with hand-written values. */
class EvaluationTest {

    /** x is [10, 20], y is exactly 20, z is [15, 30], w is exactly 20 too, m has no data. */
    private final Dossier dossier = new Dossier()
            .with("likes{labour,twitter,ge2019}", Interval.of("10", "20"))
            .with("likes{labour,twitter,ge2017}", "20")
            .with("likes{jc,twitter,ge2019}", Interval.of("15", "30"))
            .with("likes{johnson,twitter,ge2019}", "20");

    private static final String X = "likes{labour, twitter, ge2019}";
    private static final String Y = "likes{labour, twitter, ge2017}";
    private static final String Z = "likes{jc, twitter, ge2019}";
    private static final String W = "likes{johnson, twitter, ge2019}";
    private static final String MISSING = "likes{conservatives, twitter, ge2019}";

    private Verdict verdict(String check) {
        ClaimResult result = dossier.check(check.replace("X", X).replace("Y", Y).replace("Z", Z).replace("W", W)
                .replace("M", MISSING));
        assertThat(result.explanation()).isNotBlank();
        assertThat(result.rule()).isNotBlank();
        return result.verdict();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        // [10,20] against exactly 20 and against [15,30]
        "X < Y    | undecided", "X < 21  | true",  "X < 10   | false", "X < Z  | undecided", "Y < 20.5 | true",
        "X <= Y   | true",      "X <= 9  | false", "X <= Z   | undecided",
        "X > 9    | true",      "X > Y   | false", "X > Z    | undecided",
        "X >= 10  | true",      "X >= Y  | undecided", "X >= 21 | false",
        "Y = W    | true",      "X = Y   | undecided", "Y = 21  | false", "X = 25 | false",
        "Y > X    | undecided", "Y >= X  | true",
    })
    void comparisonsOverIntervalsAreThreeValued(String check, String verdict) {
        assertThat(verdict(check).id()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Y = 20          | true",
        "Y = 20.0        | true",
        "Y = 2e1         | invalid",
        "Y ~ 21          | true",
        "Y ~ 22          | false",
        "Y ~ 22 within 10%  | true",
        "Y ~ 22 within 2    | true",
        "Y ~ 23 within 2    | false",
        "X ~ 15 within 5    | true",
        "X ~ 15 within 4    | undecided",
        "X ~ 30 within 5    | false",
    })
    void aboutAndEqualsWithFigures(String check, String verdict) {
        assertThat(verdict(check).id()).isEqualTo(verdict);
    }

    @Test
    void withoutWithinAboutUsesTheDefaultFivePercentOfTheRightSide() {
        ClaimResult result = dossier.check(Y + " ~ 19.1");

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.rule()).contains("within 5% of the right side (the default tolerance)");
        assertThat(result.explanation()).contains("about 19.1 (within the default 5%: 18.14 to 20.06)");
        assertThat(dossier.check(Y + " ~ 19").verdict()).isEqualTo(Verdict.FALSE);
        assertThat(dossier.check(Y + " ~ 21.1").verdict()).isEqualTo(Verdict.FALSE);
    }

    @Test
    void aBareFigureWithEqualsMeansRoundsToAndWhenBothSidesAreFiguresTheRightIsClaimed() {
        assertThat(verdict("20 = Y")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("2e = Y")).isEqualTo(Verdict.INVALID);
        // A bare figure on the left is the other side, so it counts as every value it may stand for.
        assertThat(verdict("50% = 0.5")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("0.5 = 50%")).isEqualTo(Verdict.UNDECIDED);
        assertThat(verdict("0.50 = 0.5")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("0.7 = 0.5")).isEqualTo(Verdict.FALSE);
    }

    @Test
    void aBareFigureOnEitherSideOfAnOrderingIsTakenAtFaceValue() {
        ClaimResult result = dossier.check("20.4 > " + Y);

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.sides().orElseThrow().left()).isEqualTo(Interval.exactly("20.4"));
    }

    @Test
    void equalsBetweenExpressionsNeedsOneExactValueForTrue() {
        assertThat(verdict("Y + 0 = W * 1")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("X * 1 = Y")).isEqualTo(Verdict.UNDECIDED);
        assertThat(verdict("X + 100 = Y")).isEqualTo(Verdict.FALSE);
    }

    @Test
    void aFigureInsideArithmeticIsItsInterval() {
        // 2k is [1500, 2500]: Y + 2k is [1520, 2520], which 2,000 does not pin down.
        assertThat(verdict("Y + 2k > 2,000")).isEqualTo(Verdict.UNDECIDED);
        assertThat(verdict("Y + 2k > 1,500")).isEqualTo(Verdict.TRUE);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "max(X, Y) = Y          | true",
        "min(X, Z) < 15.5       | undecided",
        "min(X, Z) <= 20        | true",
        "sum(X, Y) >= 30        | true",
        "abs(X - 30) >= 10      | true",
        "abs(-Y) = 20           | true",
        "-X < -9                | true",
    })
    void functionsAndNegation(String check, String verdict) {
        assertThat(verdict(check).id()).isEqualTo(verdict);
    }

    @Test
    void qualifiedFiguresTurnEqualsIntoTheirOperator() {
        assertThat(verdict("Y = more than 19")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("Y = more than 20")).isEqualTo(Verdict.FALSE);
        assertThat(verdict("Y = at least 20")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("Y = almost 20")).isEqualTo(Verdict.FALSE);
        assertThat(verdict("Y = almost 21")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("Y = at most 20")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("Y = about 21")).isEqualTo(Verdict.TRUE);
        assertThat(verdict("Y = about 25 within 20%")).isEqualTo(Verdict.TRUE);
        // Written on the left, the qualifier still describes the other side: Y is more than 19.
        assertThat(verdict("more than 19 = Y")).isEqualTo(Verdict.TRUE);
        // 1.5m is taken at face value: exactly 1,500,000 is not more than 1.5m.
        assertThat(new Dossier().with("reach{jc,facebook,final28}", "1500000")
                .check("reach{jc, facebook, final28} = more than 1.5m").verdict()).isEqualTo(Verdict.FALSE);
    }

    @Test
    void divisionByAnIntervalContainingZeroIsUnboundedAndUndecided() {
        ClaimResult result = dossier.check(Y + " / (" + X + " - 15) > 1");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.sides().orElseThrow().left()).isEqualTo(Interval.ALL);
        assertThat(result.explanation()).contains("could be anything")
                .contains("it divides by Labour's ge2019 Twitter likes minus 15, which could be zero");
    }

    @Test
    void divisionByExactlyZeroIsUndecidedToo() {
        ClaimResult result = dossier.check("1 / 0 > 1");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.explanation()).contains("it divides by 0, which could be zero");
    }

    @Test
    void aDivisorWithZeroAtAnEndLeavesAnyComparisonUndecidedAndIsNamed() {
        ClaimResult atLeast = dossier.check("1,000 / (1.5k - 1,450) >= 10");
        ClaimResult below = dossier.check("1,000 / (1.5k - 1,450) < 10");

        assertThat(atLeast.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(below.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(atLeast.explanation()).contains("it divides by 1.5k minus 1,450, which could be zero (0 to 100)");
        assertThat(atLeast.rule()).contains("a divisor that may be zero: '1.5k - 1,450' is [0, 100]")
                .contains("undecided");
    }

    @Test
    void aSeriesDivisorThatMayBeZeroLeavesTheComparisonUndecidedWhateverTheQuotientsBounds() {
        ClaimResult endingAtZero = new Dossier().with("likes{jc,twitter,ge2019}", Interval.of("0", "4"))
                .check("1 / likes{jc, twitter, ge2019} >= 0.25");
        ClaimResult coverageGap = new Dossier().withGap("likes{jc,twitter,ge2019}", Interval.NON_NEGATIVE)
                .check("5 / likes{jc, twitter, ge2019} >= 0");

        assertThat(endingAtZero.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(endingAtZero.sides().orElseThrow().left()).isEqualTo(Interval.atLeast(new BigDecimal("0.25")));
        assertThat(coverageGap.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(coverageGap.explanation()).contains("it divides by Jeremy Corbyn's ge2019 Twitter likes, which could be zero");
    }

    @Test
    void aDivisorThatMayBeZeroLeavesOnlyItsOwnComparisonUndecided() {
        assertThat(dossier.check("1 / (1.5k - 1,450) > 0 or 1 < 2").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check("1 / (1.5k - 1,450) > 0 and 1 > 2").verdict()).isEqualTo(Verdict.FALSE);
        assertThat(dossier.check("1 / (1.5k - 1,400) > 0.005").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void incompleteCoverageLeavesOnlyALowerBound() {
        ClaimResult result = new Dossier()
                .withGap("likes{jc,twitter,ge2019}", Interval.atLeast(new BigDecimal("150000")))
                .check("likes{jc, twitter, ge2019} > 200k");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.explanation()).contains("were at least 150,000")
                .contains("data is missing for part of ge2019 for Jeremy Corbyn's ge2019 Twitter likes");
        assertThat(new Dossier().withGap("likes{jc,twitter,ge2019}", Interval.atLeast(new BigDecimal("150000")))
                .check("likes{jc, twitter, ge2019} > 100k").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void aSingleComparisonReportsItsSidesInTheOrderWritten() {
        ClaimResult result = dossier.check("20.0 = " + X);

        assertThat(result.sides().orElseThrow()).isEqualTo(new Sides(Interval.of("19.95", "20.05"), Interval.of("10", "20")));
    }

    @Test
    void aboutAnExactRightSideGivesItTheRangeOfValuesThatCountAsAboutIt() {
        Sides figure = dossier.check(Y + " ~ 22 within 10%").sides().orElseThrow();
        Sides series = dossier.check("22 ~ " + Y + " within 2").sides().orElseThrow();

        assertThat(figure.rightRange()).hasValue(Interval.of("19.8", "24.2"));
        assertThat(figure.leftRange()).isEmpty();
        assertThat(series.rightRange()).as("the tolerance is always taken around the right side").hasValue(Interval.of("18", "22"));
        assertThat(series.leftRange()).isEmpty();
        assertThat(dossier.check(Y + " > 22").sides().orElseThrow().rightRange()).as("only '~' has a range").isEmpty();
    }
}
