package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a new user's trial over real exports (issue 13) found confusing, each pinned so that it
 * stays fixed: a range written backwards, and a set whose many members have no data.
 */
class NewUserTrialRegressionTest {

    private final Dossier dossier = new Dossier().with("impressions{jc,twitter,2024-01}", "40000")
            .with("impressions{jc,twitter,2024-02}", "51880").with("impressions{jc,twitter,2024-03}", "30000")
            .with("impressions{jc,twitter,2024-Q1}", "121880");

    @Test
    void aRangeWrittenBackwardsIsALocatedSlipNotAFalseClaim() {
        // 121,880 is between 100k and 150k: judging "between 150k and 100k" false would mislead.
        ClaimResult result = dossier.check("impressions{jc, twitter, 2024-Q1} = between 150k and 100k");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).isEqualTo("the range ends (100k) below where it starts (150k): "
                + "write the lower bound first, as in between 100k and 150k");
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString("1:54");
        assertThat(dossier.check("impressions{jc, twitter, 2024-Q1} = between 100k and 150k").verdict()).isEqualTo(Verdict.TRUE);
        // equal bounds are a range of one value
        assertThat(dossier.check("impressions{jc, twitter, 2024-Q1} = between 121,880 and 121,880").verdict())
                .isEqualTo(Verdict.TRUE);
    }

    @Test
    void manyMembersWithoutDataAreNamedTogetherNotOneByOne() {
        ClaimResult result = dossier.check("argmax(impressions{jc, twitter, 2024} by month) = 2024-02");

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).isEqualTo("There is no data for 9 of the 12 months of Jeremy Corbyn's Twitter "
                + "impressions in 2024 (2024-04, 2024-05, 2024-06 and 6 more), so the claim can be neither confirmed nor "
                + "refuted: no-data.");
    }

    @Test
    void aSingleMemberWithoutDataIsStillNamedWithItsSeries() {
        Dossier february = new Dossier().with("impressions{jc,twitter,2024-01}", "40000");

        ClaimResult result = february.check("argmax(impressions{jc, twitter, 2024-01-01..2024-02-29} by month) = 2024-01");

        assertThat(result.explanation()).startsWith("There is no data for Jeremy Corbyn's 2024-02 Twitter impressions "
                + "(impressions{jc,twitter,2024-02}), so");
    }
}
