package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene's and/or, and when a missing series makes a claim no-data. */
class LogicAndNoDataTest {

    @ParameterizedTest(name = "{0} and {1} = {2}, {0} or {1} = {3}")
    @CsvSource({
        "TRUE,      TRUE,      TRUE,      TRUE",
        "TRUE,      FALSE,     FALSE,     TRUE",
        "TRUE,      UNDECIDED, UNDECIDED, TRUE",
        "FALSE,     TRUE,      FALSE,     TRUE",
        "FALSE,     FALSE,     FALSE,     FALSE",
        "FALSE,     UNDECIDED, FALSE,     UNDECIDED",
        "UNDECIDED, TRUE,      UNDECIDED, TRUE",
        "UNDECIDED, FALSE,     FALSE,     UNDECIDED",
        "UNDECIDED, UNDECIDED, UNDECIDED, UNDECIDED",
    })
    void kleeneTables(Truth a, Truth b, Truth and, Truth or) {
        assertThat(a.and(b)).isEqualTo(and);
        assertThat(a.or(b)).isEqualTo(or);
    }

    /** The same tables through checks: "1 < 2" is true, "2 < 1" false, "1.0 + 0 < 1" undecided (inside arithmetic 1.0 is [0.95, 1.05]). */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "1 < 2 and 1.0 + 0 < 1     | undecided",
        "2 < 1 and 1.0 + 0 < 1     | false",
        "1 < 2 or 1.0 + 0 < 1      | true",
        "2 < 1 or 1.0 + 0 < 1      | undecided",
        "2 < 1 or 1 < 2 and 2 < 1 | false",
        "1 < 2 or 2 < 1 and 2 < 1 | true",
    })
    void kleeneThroughChecks(String check, String verdict) {
        ClaimResult result = new Dossier().check(check);

        assertThat(result.verdict().id()).isEqualTo(verdict);
        assertThat(result.sides()).isEmpty();
        assertThat(result.rule()).contains("combined by Kleene logic");
    }

    private static final String MISSING = "likes{conservatives, twitter, ge2019}";

    @Test
    void aMissingSeriesDoesNotMatterWhenTheRestDecides() {
        Dossier dossier = new Dossier();

        ClaimResult trueAnyway = dossier.check(MISSING + " > 5 or 1 < 2");
        ClaimResult falseAnyway = dossier.check(MISSING + " > 5 and 2 < 1");

        assertThat(trueAnyway.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(falseAnyway.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(trueAnyway.series()).singleElement().extracting(v -> v.status()).isEqualTo(SeriesStatus.MISSING);
        assertThat(trueAnyway.rule()).contains("No data for likes{conservatives,twitter,ge2019}, read as unknown");
    }

    @Test
    void aMissingCountIsUnknownButNeverNegative() {
        Dossier dossier = new Dossier().with("likes{labour,twitter,ge2019}", "150");

        ClaimResult plusKnown = dossier.check(MISSING + " + likes{labour, twitter, ge2019} > 100");
        ClaimResult negative = dossier.check(MISSING + " < 0");
        ClaimResult open = dossier.check(MISSING + " > 100");

        assertThat(plusKnown.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(plusKnown.sides().orElseThrow().left()).isEqualTo(Interval.atLeast(java.math.BigDecimal.valueOf(150)));
        assertThat(plusKnown.rule()).contains("No data for likes{conservatives,twitter,ge2019}, read as unknown but at least 0");
        assertThat(negative.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(open.verdict()).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void otherwiseAMissingSeriesMakesTheClaimNoDataNamingTheSeries() {
        ClaimResult result = new Dossier().check(MISSING + " > 5 and 1 < 2");

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).isEqualTo("There is no data for the Conservatives' ge2019 Twitter likes "
                + "(likes{conservatives,twitter,ge2019}), so the claim can be neither confirmed nor refuted: no-data.");
        assertThat(result.error()).isEmpty();
    }

    @Test
    void aMissingSeriesAloneIsNoData() {
        assertThat(new Dossier().check(MISSING + " = 5").verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(new Dossier().check(MISSING + " - " + MISSING + " = 0").verdict()).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void aCoveredWindowWithoutRowsIsZeroWhichIsData() {
        ClaimResult result = new Dossier().with("likes{conservatives,twitter,ge2019}", "0").check(MISSING + " > 5");

        assertThat(result.verdict()).isEqualTo(Verdict.FALSE);
    }

    @Test
    void theReportsMultiLineExample() {
        String check = """
                likes{jc, twitter, polling-day} + retweets{jc, twitter, polling-day}
                  > max(likes{labour, twitter, ge2019} + retweets{labour, twitter, ge2019},
                        likes{johnson, twitter, ge2019} + retweets{johnson, twitter, ge2019})""";
        Dossier dossier = new Dossier()
                .with("likes{jc,twitter,polling-day}", "120000")
                .with("retweets{jc,twitter,polling-day}", "40000")
                .with("likes{labour,twitter,ge2019}", "90000")
                .with("retweets{labour,twitter,ge2019}", "30000")
                .with("likes{johnson,twitter,ge2019}", "100000")
                .with("retweets{johnson,twitter,ge2019}", "50000");

        ClaimResult result = dossier.check(check);

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.sides().orElseThrow()).isEqualTo(new Sides(Interval.exactly(160000), Interval.exactly(150000)));
        assertThat(result.series()).hasSize(6);
        assertThat(dossier.asked).hasSize(6);
        assertThat(result.explanation()).startsWith("Jeremy Corbyn's polling-day Twitter likes plus Jeremy Corbyn's "
                + "polling-day Twitter retweets is 160,000; the claim says it is above the larger of ");
    }

    @Test
    void theMultiLineExampleIsUndecidedWhenCoverageIsIncompleteAndNoDataWhenASeriesIsMissing() {
        String check = "likes{jc, twitter, polling-day} + retweets{jc, twitter, polling-day}\n"
                + "  > max(likes{labour, twitter, ge2019} + retweets{labour, twitter, ge2019},\n"
                + "        likes{johnson, twitter, ge2019} + retweets{johnson, twitter, ge2019})";
        Dossier incomplete = new Dossier()
                .with("likes{jc,twitter,polling-day}", "120000")
                .with("retweets{jc,twitter,polling-day}", "40000")
                .with("likes{labour,twitter,ge2019}", "90000")
                .with("retweets{labour,twitter,ge2019}", "30000")
                .with("likes{johnson,twitter,ge2019}", "100000")
                .withGap("retweets{johnson,twitter,ge2019}", Interval.atLeast(new java.math.BigDecimal("20000")));
        Dossier missing = new Dossier()
                .with("likes{jc,twitter,polling-day}", "120000")
                .with("retweets{jc,twitter,polling-day}", "40000");

        ClaimResult undecided = incomplete.check(check);

        assertThat(undecided.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(undecided.explanation()).contains("which is at least 120,000")
                .contains("because data is missing for part of ge2019 for Boris Johnson's ge2019 Twitter retweets");
        assertThat(missing.check(check).verdict()).isEqualTo(Verdict.NO_DATA);
    }
}
