package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, units and aggregation are checked before anything is evaluated. */
class TypeCheckTest {

    private final Dossier dossier = new Dossier()
            .with("reach{labour,facebook,ge2019,town=Stoke}", "1000")
            .with("reach{labour,facebook,ge2019,town=Hanley}", "2000")
            .with("impressions{labour,facebook,ge2019}", "9000")
            .with("reach{labour,facebook,ge2019}", "2500")
            .withMoney("donations_amount{labour,web,ge2019}", "85327", "GBP")
            .with("donors{labour,web,ge2019}", "3752");

    private ClaimError invalid(String check) {
        ClaimResult result = dossier.check(check);
        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.INVALID);
        assertThat(result.explanation()).startsWith("The check cannot be evaluated").endsWith(": invalid.");
        return result.error().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vidoe_views{labour, facebook, ge2019} > 1 | 1:1  | unknown metric 'vidoe_views': did you mean 'video_views'?",
        "reach{labor, facebook, ge2019} > 1        | 1:7  | unknown subject 'labor': did you mean 'labour'? The subjects are: conservatives, jc, johnson, labour.",
        "reach{labour, facebok, ge2019} > 1        | 1:15 | unknown platform 'facebok': did you mean 'facebook'?",
        "reach{labour, facebook, ge219} > 1        | 1:25 | unknown period 'ge219': did you mean 'ge2019'? The periods are: final28, ge2017, ge2019, polling-day. A period may also be written inline: 2021-12-01, 2021-W48, 2021-12, 2021-Q4, 2021 or 2021-12-01..2021-12-14.",
        "reach{labour, facebook, ge2019, twon=Stoke} > 1 | 1:33 | unknown segment key 'twon': did you mean 'town'? The segment keys are: city, town.",
        "reach{labour, facebook, election} > 1     | 1:25 | unknown period 'election'; the periods are: final28, ge2017, ge2019, polling-day. A period may also be written inline: 2021-12-01, 2021-W48, 2021-12, 2021-Q4, 2021 or 2021-12-01..2021-12-14.",
    })
    void unknownNamesSayWhatExistsAndTheClosestName(String check, String position, String message) {
        ClaimError error = invalid(check);

        assertThat(error.position().orElseThrow()).hasToString(position);
        assertThat(error.message()).startsWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "donations_amount{labour, web, ge2019} + donors{labour, web, ge2019} > £1   | this adds money and a count of people",
        "£5 + $5 > £1                                                              | this adds GBP and USD",
        "donations_amount{labour, web, ge2019} > 5000                              | this compares money and a plain number",
        "donations_amount{labour, web, ge2019} > $5,000                            | this compares GBP and USD",
        "reach{labour, facebook, ge2019} > 50%                                     | this compares a count and a percentage",
        "£5 * £5 > £1                                                              | this multiplies money by money",
        "donors{labour, web, ge2019} / donations_amount{labour, web, ge2019} > 1   | this divides a count of people by money",
        "donations_amount{labour, web, ge2019} ~ £85k within 1k                    | this allows a tolerance of money (GBP) and a plain number",
    })
    void unitMismatchesAreInvalid(String check, String message) {
        assertThat(invalid(check).message()).startsWith(message);
    }

    @Test
    void moneyDividedByACountIsMoneyPerHead() {
        ClaimResult result = dossier.check("donations_amount{labour, web, ge2019} / donors{labour, web, ge2019} = £22.74");

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.explanation()).contains("is £22.74").contains("£22.735 to £22.745");
    }

    @Test
    void anAbsoluteToleranceIsInTheUnitOfTheSides() {
        assertThat(dossier.check("donations_amount{labour, web, ge2019} ~ £85,400 within £100").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check("donations_amount{labour, web, ge2019} ~ £85,400 within £50").verdict()).isEqualTo(Verdict.FALSE);
        // Alone, 4k is taken at face value; inside arithmetic it is 3,500 to 4,500.
        assertThat(dossier.check("donors{labour, web, ge2019} ~ 4k within 300").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(dossier.check("donors{labour, web, ge2019} ~ 4k within 200").verdict()).isEqualTo(Verdict.FALSE);
        assertThat(dossier.check("donors{labour, web, ge2019} ~ 4k + 0 within 300").verdict()).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void aCurrencyMismatchWithASeriesIsFoundOnceItsValueIsRead() {
        ClaimResult result = dossier.check("donations_amount{labour, web, ge2019} > $5,000");

        assertThat(result.error().orElseThrow().message()).startsWith("this compares GBP and USD");
        assertThat(result.series()).hasSize(1);
    }

    @Test
    void countsOfEventsAndPeopleMayBeComparedButTheEvidenceSaysTheDefinitionsDiffer() {
        ClaimResult result = dossier.check("impressions{labour, facebook, ge2019} > reach{labour, facebook, ge2019}");

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.rule()).contains("Note: the definitions differ: impressions is \"Times content was shown");
    }

    @Test
    void aDistinctCountSummedAcrossSegmentsCannotBeAggregated() {
        ClaimError withSum = invalid("sum(reach{labour, facebook, ge2019, town=Stoke}, reach{labour, facebook, ge2019, town=Hanley}) > 5");
        ClaimError withPlus = invalid("reach{labour, facebook, ge2019, town=Stoke} + reach{labour, facebook, ge2019, town=Hanley} > 5");

        assertThat(withSum.message()).startsWith("reach cannot be aggregated across segments: it counts distinct people");
        assertThat(withSum.position().orElseThrow().column()).isEqualTo(50);
        assertThat(withPlus.message()).startsWith("reach cannot be aggregated across segments");
    }

    @Test
    void aDistinctCountSummedAcrossPeriodsCannotBeAggregated() {
        assertThat(invalid("reach{labour, facebook, ge2019} + reach{labour, facebook, ge2017} > 5").message())
                .startsWith("reach cannot be aggregated across periods");
    }

    @Test
    void segmentsOfADistinctCountMayBeComparedAndAnAdditiveMetricSummed() {
        assertThat(dossier.check("reach{labour, facebook, ge2019, town=Stoke} < reach{labour, facebook, ge2019, town=Hanley}").verdict())
                .isEqualTo(Verdict.TRUE);
        assertThat(new Dossier().with("impressions{labour,facebook,ge2019,town=Stoke}", "1")
                .with("impressions{labour,facebook,ge2019,town=Hanley}", "2")
                .check("sum(impressions{labour, facebook, ge2019, town=Stoke}, impressions{labour, facebook, ge2019, town=Hanley}) = 3")
                .verdict()).isEqualTo(Verdict.TRUE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "reach{labour, facebook, ge2019} > more than 5      | 'more than 5' already says how to compare",
        "reach{labour, facebook, ge2019} = 2 * more than 5  | 'more than 5' has a qualifier, which only makes sense as a whole side",
        "at least 5 = more than 5                           | both sides are qualified",
        "reach{labour, facebook, ge2019} > 5 within 10%     | 'within' only goes with '~'",
        "reach{labour, facebook, ge2019} ~ 5 within -10%    | the tolerance '-10%' is negative",
        "reach{labour, facebook, ge2019} ~ 5 within about 10% | the tolerance 'about 10%' must be a plain figure",
    })
    void qualifiersAndTolerancesMustStandWhereTheyMakeSense(String check, String message) {
        assertThat(invalid(check).message()).startsWith(message);
    }

    @Test
    void oneBadClaimDoesNotStopTheOthers() {
        ClaimChecker checker = dossier.checker();
        List<ClaimResult> results = List.of(
                checker.check(Claim.of("a", "reach{labor, facebook, ge2019} > 1")),
                checker.check(Claim.of("b", "reach{labour, facebook, ge2019} > 1")),
                checker.check(Claim.of("c", "reach{labour, facebook ge2019} > 1")),
                checker.check(Claim.of("d", "436,000 / 865,000 = 50.4%")));

        assertThat(results).extracting(ClaimResult::verdict)
                .containsExactly(Verdict.INVALID, Verdict.TRUE, Verdict.INVALID, Verdict.TRUE);
        assertThat(results).extracting(r -> r.claim().id()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aSeriesTheSourceCannotAggregateMakesTheClaimInvalidWithTheReason() {
        ClaimResult result = new Dossier()
                .notAggregable("reach{labour,facebook,ge2019,town=Stoke}", "the observations of this segment overlap")
                .check("1 < reach{labour, facebook, ge2019, town=Stoke}");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().toString())
                .isEqualTo("1:5: reach{labour,facebook,ge2019,town=Stoke} cannot be aggregated: the observations of this segment overlap");
        assertThat(result.series()).hasSize(1);
    }

    @Test
    void aFailingSourceGivesAnInvalidResultNotAnException() {
        ClaimChecker checker = new ClaimChecker(Dossier.CONTEXT, query -> { throw new IllegalStateException("the store is closed"); });

        ClaimResult result = checker.check(Claim.of("x", "reach{labour, facebook, ge2019} > 1"));

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).isEqualTo("the check could not be evaluated: the store is closed");
    }

    @Test
    void listsTheSeriesACheckReadsOnceEach() {
        ClaimChecker checker = dossier.checker();

        assertThat(checker.seriesReadBy(Claim.of("x", "reach{labour, facebook, ge2019} / reach{labour, facebook, ge2019, town=Stoke}"
                + " > reach{labour, facebook, ge2019}")))
                .extracting(Object::toString)
                .containsExactly("reach{labour,facebook,ge2019}", "reach{labour,facebook,ge2019,town=Stoke}");
        assertThat(checker.seriesReadBy(Claim.of("y", "reach{nobody, facebook, ge2019} > 1"))).isEmpty();
    }
}
