package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The eight worked examples of docs/semantics.md#verdicts, all without data. */
class WorkedExamplesTest {

    private final ClaimChecker checker = new ClaimChecker(ClaimContext.arithmeticOnly(),
            query -> { throw new AssertionError("a check without series reads no series, but asked for " + query); });

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "436,000 / 865,000 = 50.4%                  | true",
        "436k / 865k = 50.4%                        | undecided",
        "436,000 / 865,000 = 50.5%                  | false",
        "325m / 37.4m = 8.7                         | true",
        "£85,327 / 3,752 = £22.74                   | true",
        "(6,247 + 5,501 + 4,403) / 865,000 < 2%     | true",
        "436,000 / 865,000 ~ 0.5 within 2%          | true",
        "436,000 / 865,000 ~ 0.5 within 0.5%        | false",
    })
    void givesTheListedVerdict(String check, String verdict) {
        ClaimResult result = checker.check(Claim.of("example", check));

        assertThat(result.verdict().id()).as(result.explanation()).isEqualTo(verdict);
        assertThat(result.error()).isEmpty();
        assertThat(result.series()).isEmpty();
        assertThat(result.sides()).isPresent();
        assertThat(result.explanation()).contains(": " + verdict);
    }

    @Test
    void roundedFiguresGiveTheListedLeftSide() {
        ClaimResult result = checker.check(Claim.of("e2", "436k / 865k = 50.4%"));

        Interval left = result.sides().orElseThrow().left();
        assertThat(left.lo().orElseThrow()).isBetween(new java.math.BigDecimal("0.503177"), new java.math.BigDecimal("0.503178"));
        assertThat(left.hi().orElseThrow()).isBetween(new java.math.BigDecimal("0.504916"), new java.math.BigDecimal("0.504917"));
        assertThat(result.sides().orElseThrow().right()).isEqualTo(Interval.of("0.5035", "0.5045"));
        assertThat(result.explanation()).contains("436k and 865k are rounded").contains("50.35% to 50.45%");
    }

    @Test
    void exactArithmeticIsExplainedWithItsValueAndTheFiguresRange() {
        ClaimResult result = checker.check(Claim.of("e1", "436,000 / 865,000 = 50.4%"));

        assertThat(result.explanation())
                .isEqualTo("436,000 divided by 865,000 is 50.4%; the claim says 50.4% (50.35% to 50.45%): true.");
        assertThat(result.rule()).startsWith("'=' with a bare figure: the left side 0.5040462428… lies inside 50.4% = [0.5035, 0.5045]");
    }

    @Test
    void ratioOfRoundedFiguresLiesInsideTheClaimedFigure() {
        ClaimResult result = checker.check(Claim.of("e4", "325m / 37.4m = 8.7"));

        assertThat(result.sides().orElseThrow().right()).isEqualTo(Interval.of("8.65", "8.75"));
        assertThat(result.explanation()).contains("325m divided by 37.4m is between 8.664 and 8.715")
                .contains("8.7 (8.65 to 8.75)");
    }

    @Test
    void moneyIsWrittenWithItsSymbol() {
        ClaimResult result = checker.check(Claim.of("e5", "£85,327 / 3,752 = £22.74"));

        assertThat(result.explanation()).isEqualTo("£85,327 divided by 3,752 is £22.74; the claim says £22.74 (£22.735 to £22.745): true.");
    }

    @Test
    void aBareFigureWithLessThanIsTakenAtFaceValue() {
        ClaimResult result = checker.check(Claim.of("e6", "(6,247 + 5,501 + 4,403) / 865,000 < 2%"));

        assertThat(result.sides().orElseThrow().right()).isEqualTo(Interval.exactly("0.02"));
        assertThat(result.rule()).contains("(the figure at face value)");
    }

    @Test
    void aboutWithinAToleranceStatesTheBand() {
        ClaimResult result = checker.check(Claim.of("e7", "436,000 / 865,000 ~ 0.5 within 2%"));

        assertThat(result.explanation()).contains("about 0.5 (within 2%: 0.49 to 0.51)");
    }
}
