package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.util.Map;
import java.util.Set;
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

    @Test
    void theHighestOfOneSeriesWithoutAGroupingIsASlipNotTheTotal() {
        // "max(x) = 51,880" meant the best month; read as the quarter's total it was judged false.
        ClaimResult result = dossier.check("max(impressions{jc, twitter, 2024-Q1}) = 51,880");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).isEqualTo("max of one series is that series itself: to take the "
                + "highest of its days, months or posts, group it, as in max(impressions{jc, twitter, 2024-Q1} by month) or by "
                + "day, week, quarter; else write impressions{jc, twitter, 2024-Q1} alone");
        // by post only where the metric is one of posts, since only that grouping is valid for it
        assertThat(dossier.check("max(post_retweets{jc, twitter, 2024-Q1}) = 140").error().orElseThrow().message())
                .contains("as in max(post_retweets{jc, twitter, 2024-Q1} by post) or by day, week, month, quarter");
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString("1:1");
        assertThat(dossier.check("sum(impressions{jc, twitter, 2024-Q1}) > 1").error().orElseThrow().message())
                .startsWith("sum of one series is that series itself: to take the total of its parts, group it");
        // with more than one value, max compares them as before
        assertThat(dossier.check("max(impressions{jc, twitter, 2024-01}, impressions{jc, twitter, 2024-02}) = 51,880").verdict())
                .isEqualTo(Verdict.TRUE);
        assertThat(dossier.check("max(impressions{jc, twitter, 2024-Q1} by month) = 51,880").verdict()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void aChangeIsSaidAsAPercentageWhateverTheClaimWrites() {
        ClaimResult result = dossier.check("change(impressions{jc, twitter, 2024-02}, impressions{jc, twitter, 2024-01}) > 0");

        assertThat(result.explanation()).isEqualTo("The change from Jeremy Corbyn's 2024-01 Twitter impressions to Jeremy "
                + "Corbyn's 2024-02 Twitter impressions is 29.7%; the claim says it is above 0: true.");
    }

    @Test
    void aSubjectLeftOutOfASetForWantOfAnAccountIsToldSo() {
        ClaimContext accounts = new ClaimContext(Dossier.CONTEXT.catalogue(), Dossier.CONTEXT.subjects(), Map.of(), Set.of(),
                Dossier.LONDON, Set.of(Platform.TWITTER, Platform.FACEBOOK), Map.of(),
                Map.of(Subject.of("jc"), Set.of(Platform.TWITTER), Subject.of("labour"), Set.of(Platform.TWITTER),
                        Subject.of("johnson"), Set.of(Platform.FACEBOOK), Subject.of("conservatives"), Set.of(Platform.FACEBOOK)));
        ClaimChecker checker = new ClaimChecker(accounts, dossier.source());

        ClaimResult subject = checker.check(Claim.of("c1", "argmax(impressions{*, twitter, 2024-Q1} by subject) = johnson"));
        ClaimResult platform = checker.check(Claim.of("c2", "argmax(impressions{jc, *, 2024-Q1} by platform) = facebook"));

        assertThat(subject.error().orElseThrow().message()).startsWith("'johnson' has no account on twitter, so it is not one "
                + "of the subjects of the set: they are ");
        assertThat(platform.error().orElseThrow().message()).isEqualTo("'facebook' is not a platform jc has an account on, so "
                + "it is not one of the platforms of the set: they are twitter");
    }

    @Test
    void anArgmaxComparedWithAnotherCallSaysALabelIsWrittenOut() {
        ClaimResult result = dossier.check("argmax(impressions{jc, twitter, 2024-Q1} by month) = "
                + "argmax(impressions{jc, twitter, 2024-Q1} by month)");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).startsWith("an argmax or argmin is compared with a label written "
                + "out (a day such as 2024-02-01, a month such as 2024-02");
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString("1:54");
        // a label that merely looks like a function's name is still a label
        assertThat(dossier.check("argmax(impressions{jc, twitter, 2024-Q1} by month) = max").error().orElseThrow().message())
                .startsWith("'max' is not a month");
    }

    @Test
    void theHighestOfPartlyKnownMembersNamesTheBestKnownAndWhatMayPassIt() {
        // Before, the quarters nobody knows ([0, +inf]) were named as "highest", with "at least 0".
        ClaimResult result = dossier.check("max(impressions{jc, twitter, 2024} by quarter) >= 121,880");

        assertThat(result.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(result.explanation()).contains("(highest 2024-Q1 with 121,880; then 2024-Q2 with at least 0; 2024-Q2, "
                + "2024-Q3 and 2024-Q4 are not wholly known and may be higher)");
        // members all known: nothing more is said
        assertThat(dossier.check("max(impressions{jc, twitter, 2024-Q1} by month) = 51,880").explanation())
                .contains("(highest 2024-02 with 51,880; then 2024-01 with 40,000)");
    }

    @Test
    void theHighestOfASingleMemberNamesIt() {
        ClaimResult result = dossier.check("max(impressions{jc, twitter, 2024-02-01..2024-02-29} by month) = 51,880");

        assertThat(result.explanation()).isEqualTo("The highest of Jeremy Corbyn's 2024-02-01..2024-02-29 Twitter impressions "
                + "by month is 51,880 (2024-02, the only month); the claim says 51,880: true.");
    }
}
