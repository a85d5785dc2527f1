package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import org.junit.jupiter.api.Test;

/** The plain sentence and the rule that go with every verdict. */
class ExplanationTest {

    private final Dossier dossier = new Dossier()
            .with("video_views{labour,facebook,ge2019}", Interval.of("4800000", "5200000"))
            .with("video_views{labour,facebook,ge2017}", "10000000")
            .with("impressions{jc,facebook,final28}", "325100000")
            .with("reach{jc,facebook,final28}", Interval.of("37300000", "37500000"));

    @Test
    void aShareOfOnePeriodInAnotherReadsAsAPercentage() {
        ClaimResult result = dossier.check(
                "video_views{labour, facebook, ge2019} / video_views{labour, facebook, ge2017} ~ 0.5 within 10%");

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.explanation()).isEqualTo("Labour's ge2019 Facebook video views as a share of ge2017's were "
                + "between 48% and 52%; the claim says it is about 0.5 (within 10%: 45% to 55%): true.");
        assertThat(result.rule()).isEqualTo("'~' within 10% of the right side: the left side [0.48, 0.52], the right side 0.5, "
                + "the gap [0, 0.02] against at most 0.05: it holds for every value");
    }

    @Test
    void subjectsAreNamedByTheirDisplayNameAndSeriesComparedWithEachOther() {
        ClaimResult result = dossier.check("video_views{labour, facebook, ge2019} < video_views{labour, facebook, ge2017}");

        assertThat(result.explanation()).isEqualTo("Labour's ge2019 Facebook video views were between 4.8m and 5.2m; "
                + "the claim says it is below Labour's ge2017 Facebook video views, which were 10m: true.");
    }

    @Test
    void anUndecidedDistinctCountSaysWhyAndByHowMuch() {
        ClaimResult result = dossier.check("impressions{jc, facebook, final28} = 325m and reach{jc, facebook, final28} = 37.4m");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.sides()).isEmpty();
        assertThat(result.explanation()).isEqualTo("Jeremy Corbyn's final28 Facebook impressions were 325.1m, claimed 325m "
                + "(324.5m to 325.5m) (true), and Jeremy Corbyn's final28 Facebook reach was between 37.3m and 37.5m, "
                + "claimed 37.4m (37.35m to 37.45m) (undecided): undecided, because Jeremy Corbyn's final28 Facebook reach "
                + "is a count of distinct people known only to lie between 37.3m and 37.5m, so the value may lie up to "
                + "50,000 outside the range of 37.4m.");
        assertThat(result.rule()).contains("the left side 325100000 lies inside 325m = [324500000, 325500000]")
                .contains("the left side [37300000, 37500000] lies partly inside 37.4m = [37350000, 37450000]")
                .endsWith("combined by Kleene logic ('and' is false if any part is false, true if all are true): undecided");
    }

    @Test
    void roundingIsNamedAsTheReasonWithTheAmount() {
        ClaimResult result = dossier.check("436k / 865k = 50.4%");

        assertThat(result.explanation()).isEqualTo("436k divided by 865k is between 50.31% and 50.5%; the claim says "
                + "50.4% (50.35% to 50.45%): undecided, because 436k and 865k are rounded, so the value may lie up to "
                + "0.042 percentage points outside the range of 50.4%.");
    }

    @Test
    void aQualifiedFigureReadsAsWritten() {
        ClaimResult result = dossier.check("reach{jc, facebook, final28} = more than 37m");

        assertThat(result.explanation()).isEqualTo("Jeremy Corbyn's final28 Facebook reach was between 37.3m and 37.5m; "
                + "the claim says more than 37m: true.");
        assertThat(result.rule()).startsWith("'more than 37m' turns '=' into '>' at face value; '>' over intervals");
    }

    @Test
    void twoEqualQuotientsThatDoNotEndAreUndecidedAndSaySo() {
        ClaimResult result = dossier.check("436,000 / 865,000 = 872,000 / 1,730,000");

        assertThat(result.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(result.explanation()).isEqualTo("436,000 divided by 865,000 is 0.504; the claim says it is equal to "
                + "872,000 divided by 1,730,000, which is 0.504: undecided, because a division that does not end "
                + "(like 1 / 3) is known only to 34 significant digits, so two such results cannot be shown to be exactly equal.");
    }

    @Test
    void anInvalidClaimSaysWhereAndWhy() {
        ClaimResult result = dossier.check("video_views{labour, facebook,} > 5");

        assertThat(result.explanation()).isEqualTo("The check cannot be evaluated (line 1, column 30): expected a period "
                + "after 'facebook,' but found '}': invalid.");
        assertThat(result.rule()).isEqualTo("a check that cannot be read is invalid");
    }

    @Test
    void everySeriesReadIsInTheEvidenceOnceInTheOrderWritten() {
        ClaimResult result = dossier.check("video_views{labour, facebook, ge2019} / video_views{labour, facebook, ge2017} "
                + "< video_views{labour, facebook, ge2019} / 1m");

        assertThat(result.series()).extracting(v -> v.query().ref())
                .containsExactly("video_views{labour,facebook,ge2019}", "video_views{labour,facebook,ge2017}");
    }

    @Test
    void moneyAndLargeNumbersAreWrittenReadably() {
        NumberStyle pounds = NumberStyle.money(java.util.Optional.of(java.util.Currency.getInstance("GBP")));

        assertThat(pounds.number(new java.math.BigDecimal("22.7417"))).isEqualTo("£22.74");
        assertThat(pounds.number(new java.math.BigDecimal("85327"))).isEqualTo("£85,327");
        assertThat(pounds.number(new java.math.BigDecimal("1500000"))).isEqualTo("£1.5m");
        assertThat(NumberStyle.COUNT.number(new java.math.BigDecimal("436000"))).isEqualTo("436,000");
        assertThat(NumberStyle.COUNT.number(new java.math.BigDecimal("37400000"))).isEqualTo("37.4m");
        assertThat(NumberStyle.COUNT.number(new java.math.BigDecimal("1520000000"))).isEqualTo("1.52bn");
        assertThat(NumberStyle.PERCENT.number(new java.math.BigDecimal("0.504"))).isEqualTo("50.4%");
        assertThat(NumberStyle.PERCENT.valuePhrase(Interval.of("0.48", "0.52"), "were")).isEqualTo("were between 48% and 52%");
        assertThat(NumberStyle.COUNT.valuePhrase(Interval.atLeast(new java.math.BigDecimal("150000")), "were"))
                .isEqualTo("were at least 150,000");
        assertThat(NumberStyle.COUNT.valuePhrase(Interval.ALL, "were")).isEqualTo("could be anything");
        assertThat(NumberStyle.technical(Interval.atLeast(java.math.BigDecimal.ONE))).isEqualTo("[1, +inf]");
    }
}
