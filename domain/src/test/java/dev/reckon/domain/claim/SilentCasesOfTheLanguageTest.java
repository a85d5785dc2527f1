package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.number.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The cases issue #12 found the semantics silent on, each decided in docs/decisions.md
 * ("Figures and the claim language") and pinned here.
 */
class SilentCasesOfTheLanguageTest {

    private static final String LIKES = "likes{labour, twitter, ge2019}";
    private static final String DONATIONS = "donations_amount{labour, web, ge2019}";

    private final Dossier dossier = new Dossier().with("likes{labour,twitter,ge2019}", "1500000")
            .withMoney("donations_amount{labour,web,ge2019}", "85327", "GBP");

    private static Interval figure(String written) throws CheckSyntaxException {
        return ((FigureTerm) ((ComparisonCheck) CheckParser.parse("x{a, b, c} = " + written)).right()).figure().interval();
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
        "2e1     | 1:14 | '2e1' is not a figure: exponents are not read",
        "1.5E+6  | 1:14 | '1.5E+6' is not a figure: exponents are not read",
        "£2e-3   | 1:14 | '£2e-3' is not a figure: exponents are not read",
    })
    void exponentsAreRefusedWithAMessageThatSaysSo(String written, String position, String message) {
        ClaimResult result = dossier.check("x{a, b, c} = " + written);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString(position);
        assertThat(result.error().orElseThrow().message()).startsWith(message);
    }

    @Test
    void aLeadingDotIsAZeroLeftUnwritten() throws CheckSyntaxException {
        assertThat(figure(".5")).isEqualTo(figure("0.5"));
        assertThat(figure(".5k")).isEqualTo(Interval.of("450", "550"));
        assertThat(figure("£.99")).isEqualTo(figure("£0.99"));
    }

    @Test
    void magnitudesReadInAnyCase() throws CheckSyntaxException {
        assertThat(figure("1.5M")).isEqualTo(figure("1.5m"));
        assertThat(figure("825K")).isEqualTo(figure("825k"));
        assertThat(figure("2BN")).isEqualTo(figure("2bn")).isEqualTo(figure("2B"));
        assertThat(dossier.check(LIKES + " = 1.5M").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void aSpaceBeforeAMagnitudeOrAPercentSignKeepsTheFigureWhole() throws CheckSyntaxException {
        assertThat(figure("1.5 m")).isEqualTo(figure("1.5m"));
        assertThat(figure("£2 bn")).isEqualTo(figure("£2bn"));
        assertThat(figure("50.4 %")).isEqualTo(figure("50.4%"));
        assertThat(dossier.check(LIKES + " = 1.5 m and " + LIKES + " > 1 k").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check(LIKES + " = more than 1 m").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void aWordThatIsNotAMagnitudeAfterASpaceIsNotPartOfTheFigure() {
        ClaimResult result = dossier.check(LIKES + " < 1.5 thousand");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).isEqualTo("expected 'and', 'or' or the end of the check but found 'thousand'");
    }

    @Test
    void moneyIsNeverComparedWithAPlainNumber() {
        ClaimResult plain = dossier.check(DONATIONS + " > 5,000");

        assertThat(plain.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(plain.error().orElseThrow().message()).isEqualTo("this compares money and a plain number: write the figure"
                + " with its currency, as in £5,000, or compare money with money");
        assertThat(dossier.check(DONATIONS + " > £5,000").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check(DONATIONS + " / 3,752 = £22.74").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check(DONATIONS + " / £85,327 = 1").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void aNegativeToleranceIsInvalidAndAZeroToleranceAsksForTheExactValue() {
        ClaimResult negative = dossier.check(LIKES + " ~ 1.5m within -5%");

        assertThat(negative.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(negative.error().orElseThrow().message()).isEqualTo("the tolerance '-5%' is negative");
        assertThat(dossier.check(LIKES + " ~ 1,500,000 within 0%").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check(LIKES + " ~ 1,500,001 within 0%").verdict()).isEqualTo(Verdict.FALSE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"<", "<=", ">", ">=", "="})
    void withinGoesOnlyWithAbout(String operator) {
        ClaimResult result = dossier.check(LIKES + " " + operator + " 1.4m within 10%");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message())
                .isEqualTo("'within' only goes with '~' (about), as in x ~ 0.5 within 10%");
    }

    @Test
    void withinGoesWithAboutWrittenInWordsToo() {
        assertThat(dossier.check(LIKES + " = about 1.4m within 10%").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check(LIKES + " = about 1.4m within 5%").verdict()).isEqualTo(Verdict.FALSE);
    }
}
