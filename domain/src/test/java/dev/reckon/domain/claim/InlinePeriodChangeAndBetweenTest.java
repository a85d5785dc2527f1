package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Subject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods written inline, {@code change(a, b)} and {@code = between A and B} (docs/semantics.md#diff-language, docs/claim-language.md#sets-series-by-g). */
class InlinePeriodChangeAndBetweenTest {

    private final Dossier dossier = new Dossier()
            .with("impressions{jc,twitter,2024-02}", "51880")
            .with("impressions{jc,twitter,2024-01}", "37057")
            .with("impressions{jc,twitter,2024-W05}", "9000")
            .with("impressions{jc,twitter,2024-Q1}", "120000")
            .with("impressions{jc,twitter,2024}", "400000")
            .with("impressions{jc,twitter,2024-02-01}", "1800")
            .with("impressions{jc,twitter,2024-02-01..2024-02-14}", "25000")
            .with("impressions{jc,twitter,2024-03}", Interval.of("30000", "40000"))
            .with("impressions{jc,twitter,2023-12}", "0")
            .with("reach{jc,twitter,2024-04}", Interval.of("90", "110"))
            .with("reach{jc,twitter,2024-05}", Interval.of("100", "200"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "impressions{jc, twitter, 2024-02} = 51,880                  | 2024-02-01 | 2024-02-29",
        "impressions{jc, twitter, 2024-W05} = 9,000                  | 2024-01-29 | 2024-02-04",
        "impressions{jc, twitter, 2024-Q1} = 120k                    | 2024-01-01 | 2024-03-31",
        "impressions{jc, twitter, 2024} = 400k                       | 2024-01-01 | 2024-12-31",
        "impressions{jc, twitter, 2024-02-01} = 1,800                | 2024-02-01 | 2024-02-01",
        "impressions{jc, twitter, 2024-02-01..2024-02-14} = 25,000   | 2024-02-01 | 2024-02-14",
    })
    void anInlinePeriodIsTheDaysItNamesInTheDossiersZone(String check, LocalDate from, LocalDate to) {
        ClaimResult result = dossier.check(check);

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.TRUE);
        Period asked = dossier.asked.get(0).period();
        assertThat(asked.from()).isEqualTo(from);
        assertThat(asked.to()).isEqualTo(to);
        assertThat(asked.zone()).isEqualTo(Dossier.LONDON);
        assertThat(result.explanation()).contains(asked.name());
    }

    @Test
    void aDeclaredPeriodWinsOverTheSameNameReadAsADate() {
        Period declared = Period.of("2019-12", LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 12), Dossier.LONDON);
        ClaimContext context = new ClaimContext(MetricCatalogue.builtIn(), Map.of(Subject.of("jc"), "Jeremy Corbyn"),
                Map.of("2019-12", declared), Set.of());

        new ClaimChecker(context, dossier.source()).check(Claim.of("c1", "impressions{jc, twitter, 2019-12} > 0"));

        assertThat(dossier.asked).extracting(q -> q.period()).containsExactly(declared);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "impressions{jc, twitter, 2024-13} > 0               | 1:26 | '2024-13' is not a month: there is no month 13",
        "impressions{jc, twitter, 2024-02-14..2024-02-01} > 0 | 1:26 | '2024-02-14..2024-02-01' ends (2024-02-01) before it starts (2024-02-14)",
        "impressions{jc, twitter, 2024-W60} > 0              | 1:26 | '2024-W60' is not a week: 2024 has ISO weeks W01 to W52",
    })
    void aMistypedInlinePeriodIsInvalidWhereItIsWritten(String check, String position, String message) {
        ClaimResult result = dossier.check(check);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString(position);
        assertThat(result.error().orElseThrow().message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        // 51,880 against 37,057: up 40.0%
        "change(impressions{jc, twitter, 2024-02}, impressions{jc, twitter, 2024-01}) = 40%    | true",
        "change(impressions{jc, twitter, 2024-02}, impressions{jc, twitter, 2024-01}) = 41%    | false",
        "change(impressions{jc, twitter, 2024-01}, impressions{jc, twitter, 2024-02}) = -28.6% | true",
        // [30,000, 40,000] against 51,880: between -42.2% and -22.9%
        "change(impressions{jc, twitter, 2024-03}, impressions{jc, twitter, 2024-02}) < -20%   | true",
        "change(impressions{jc, twitter, 2024-03}, impressions{jc, twitter, 2024-02}) = -30%   | undecided",
        // from zero the change is undefined, however large
        "change(impressions{jc, twitter, 2024-01}, impressions{jc, twitter, 2023-12}) > 100%   | undecided",
        "change(436,000, 400k) = 9%                                                          | true",
        // every reading of x / y - 1 over x in [90, 110], y in [100, 200]: -55% to +10%, never (x - y) / y's -110%
        "change(reach{jc, twitter, 2024-04}, reach{jc, twitter, 2024-05}) > -60%  | true",
        "change(reach{jc, twitter, 2024-04}, reach{jc, twitter, 2024-05}) < -56%  | false",
        "change(reach{jc, twitter, 2024-04}, reach{jc, twitter, 2024-05}) > -50%  | undecided",
        // 1.5m is 1.45m to 1.55m and 2m is 1.5m to 2.5m: the change is -42% to +3.3%
        "change(1.5m, 2m) > -50%                                                 | true",
        "change(1.5m, 2m) <= 3.4%                                                | true",
    })
    void changeIsTheDifferenceOverTheEarlierValue(String check, String verdict) {
        ClaimResult result = dossier.check(check);

        assertThat(result.verdict().id()).as(result.explanation()).isEqualTo(verdict);
    }

    @Test
    void changeIsExplainedAsAChangeFromTheSecondToTheFirst() {
        ClaimResult result = dossier.check("change(impressions{jc, twitter, 2024-02}, impressions{jc, twitter, 2024-01}) = 40%");

        assertThat(result.explanation()).startsWith("The change from Jeremy Corbyn's 2024-01 Twitter impressions to Jeremy "
                + "Corbyn's 2024-02 Twitter impressions is 40%; the claim says 40% (39.5% to 40.5%)");
        assertThat(result.explanation()).endsWith(": true.");
    }

    @Test
    void aChangeFromZeroNamesTheDivisor() {
        ClaimResult result = dossier.check("change(impressions{jc, twitter, 2024-01}, impressions{jc, twitter, 2023-12}) > 100%");

        assertThat(result.rule()).contains("a divisor that may be zero: 'impressions{jc, twitter, 2023-12}' is 0");
    }

    @Test
    void changeOfMoneyAndACountIsATypeError() {
        ClaimResult result = dossier.check("change(donations_amount{jc, web, 2024-02}, donors{jc, web, 2024-02}) > 1%");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).startsWith("this change compares money and a count of people");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "impressions{jc, twitter, 2024-02} = between 50k and 60k          | true",
        "impressions{jc, twitter, 2024-02} = between 51,880 and 51,880    | true",
        "impressions{jc, twitter, 2024-02} = between 10k and 20k          | false",
        "impressions{jc, twitter, 2024-03} = between 35k and 50k          | undecided",
        "impressions{jc, twitter, 2024-03} = between 25k and 45k          | true",
        // each bound at face value: 51,880 is not below 51.9k's lowest reading 51,850
        "impressions{jc, twitter, 2024-02} = between 40k and 51.8k        | false",
        "impressions{jc, twitter, 2024-02} = between 50k and 60k and 1 < 2 | true",
    })
    void betweenHoldsWhenTheValueLiesWithinBothBoundsAtFaceValue(String check, String verdict) {
        ClaimResult result = dossier.check(check);

        assertThat(result.verdict().id()).as(result.explanation()).isEqualTo(verdict);
    }

    @Test
    void betweenIsExplainedAsOneValueAndOneRange() {
        ClaimResult result = dossier.check("impressions{jc, twitter, 2024-03} = between 35k and 50k");

        assertThat(result.explanation()).isEqualTo("Jeremy Corbyn's 2024-03 Twitter impressions were between 30,000 and "
                + "40,000; the claim says it is between 35k and 50k: undecided, because part of the range lies below 35k.");
    }

    @Test
    void betweenIsReadAsTwoBoundsAndPrintsBackAsThem() throws CheckSyntaxException {
        Check check = CheckParser.parse("x{a, b, c} = between 10k and 20k or 1 < 2");

        assertThat(check).hasToString("x{a, b, c} >= 10k and x{a, b, c} <= 20k or 1 < 2");
        assertThat(CheckParser.parse(check.toString())).hasToString(check.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x{a, b, c} = between 10k 20k             | 1:26 | expected 'and' and the upper bound after 'between 10k' but found '20k'",
        "x{a, b, c} = between 1 and 2 within 5%   | 1:30 | 'within' does not go with 'between': the bounds already say what is allowed",
        "x{a, b, c} = between about 1 and 2       | 1:14 | the bounds of 'between' are plain figures or values, without words such as 'about'",
    })
    void aMalformedBetweenSaysWhatIsExpected(String check, String position, String message) {
        ClaimResult result = dossier.check(check);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString(position);
        assertThat(result.error().orElseThrow().message()).isEqualTo(message);
    }
}
