package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sets ({@code series by G}), the functions over them, and {@code argmax}/{@code argmin} with labels (docs/semantics.md#diff-language, docs/claim-language.md#sets-series-by-g). */
class SetCheckTest {

    private static final String Q1 = "impressions{jc, twitter, 2024-Q1}";

    /** January 40,000, February 51,880, March 30,000: 121,880 in all. */
    private final Dossier dossier = new Dossier()
            .with("impressions{jc,twitter,2024-01}", "40000")
            .with("impressions{jc,twitter,2024-02}", "51880")
            .with("impressions{jc,twitter,2024-03}", "30000")
            .with("reach{jc,twitter,2024-01}", "100")
            .with("reach{jc,twitter,2024-02}", "120")
            .with("reach{jc,twitter,2024-03}", "90");

    private ClaimResult check(String check) {
        return dossier.check(check.replace("QQ", Q1));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "max(QQ by month) = 51,880     | true",
        "min(QQ by month) = 30,000     | true",
        "sum(QQ by month) = 121,880    | true",
        "mean(QQ by month) = 40,626.67 | true",
        "median(QQ by month) = 40,000  | true",
        "count(QQ by month) = 3        | true",
        "max(QQ by month) > 52k        | false",
        "argmax(QQ by month) = 2024-02 | true",
        "argmax(QQ by month) = 2024-01 | false",
        "argmin(QQ by month) = 2024-03 | true",
        "argmin(QQ by month) = 2024-02 | false",
        "argmax(QQ by month) = 2024-02 and max(QQ by month) > 50k | true",
        "max(reach{jc, twitter, 2024-Q1} by month) = 120          | true",
        "median(reach{jc, twitter, 2024-Q1} by month) = 100       | true",
    })
    void functionsOverASetOfMonths(String check, String verdict) {
        ClaimResult result = check(check);

        assertThat(result.verdict().id()).as(result.explanation() + " / " + result.rule()).isEqualTo(verdict);
    }

    @Test
    void theMembersAreTheWholeMonthsOfTheQuarter() {
        check("max(QQ by month) > 0");

        assertThat(dossier.asked).extracting(SeriesQuery::ref).containsExactly("impressions{jc,twitter,2024-01}",
                "impressions{jc,twitter,2024-02}", "impressions{jc,twitter,2024-03}");
    }

    @Test
    void edgeWeeksAreCutAtThePeriodAndNamedByTheirDays() {
        dossier.check("max(impressions{jc, twitter, 2021-12-01..2021-12-14} by week) > 0");

        assertThat(dossier.asked).extracting(q -> q.period().name() + " " + q.period().from() + " " + q.period().to())
                .containsExactly("2021-12-01..2021-12-05 2021-12-01 2021-12-05", "2021-W49 2021-12-06 2021-12-12",
                        "2021-12-13..2021-12-14 2021-12-13 2021-12-14");
    }

    @Test
    void argmaxNamesTheWinnerAndTheRunnerUpsMargin() {
        ClaimResult result = check("argmax(QQ by month) = 2024-02");

        assertThat(result.explanation()).isEqualTo("Of Jeremy Corbyn's 2024-Q1 Twitter impressions by month, 2024-02 had "
                + "51,880 and the runner-up 2024-01 had 40,000, at least 11,880 less; the claim says the highest is 2024-02: true.");
        assertThat(result.rule()).isEqualTo("'argmax = 2024-02' over intervals: 2024-02 is 51880; the closest other, "
                + "2024-01, is 40000: 2024-02 is wholly above every other member");
    }

    @Test
    void aFalseArgmaxNamesTheMemberThatBeatsIt() {
        ClaimResult result = check("argmax(QQ by month) = 2024-03");

        assertThat(result.explanation()).contains("2024-03 had 30,000 and the higher 2024-02 had 51,880");
        assertThat(result.explanation()).endsWith(": false.");
    }

    @Test
    void maxNamesTheTopMembersNotEveryOne() {
        ClaimResult result = check("max(QQ by month) = 51,880");

        assertThat(result.explanation()).startsWith("The highest of Jeremy Corbyn's 2024-Q1 Twitter impressions by month "
                + "is 51,880 (highest 2024-02 with 51,880; then 2024-01 with 40,000)");
    }

    @Test
    void aPartlyCoveredMonthIsAtLeastWhatIsKnownSoTheArgmaxStaysOpen() {
        Dossier gappy = new Dossier()
                .with("impressions{jc,twitter,2024-01}", "40000")
                .with("impressions{jc,twitter,2024-02}", "51880")
                .withGap("impressions{jc,twitter,2024-03}", Interval.atLeast(new java.math.BigDecimal("30000")));

        assertThat(gappy.check("argmax(" + Q1 + " by month) = 2024-02").verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(gappy.check("argmax(" + Q1 + " by month) = 2024-01").verdict()).isEqualTo(Verdict.FALSE);
        assertThat(gappy.check("max(" + Q1 + " by month) >= 51,880").verdict()).isEqualTo(Verdict.TRUE);
        assertThat(gappy.check("max(" + Q1 + " by month) = 51,880").verdict()).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void aMonthWithNoDataAtAllMakesAnOpenSetNoData() {
        Dossier missingMarch = new Dossier()
                .with("impressions{jc,twitter,2024-01}", "40000")
                .with("impressions{jc,twitter,2024-02}", "51880");

        ClaimResult result = missingMarch.check("argmax(" + Q1 + " by month) = 2024-02");

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).contains("impressions{jc,twitter,2024-03}");
    }

    @Test
    void aMemberTheStoreCannotAggregateMakesTheClaimInvalidNamingIt() {
        dossier.notAggregable("impressions{jc,twitter,2024-03}", "the sources overlap");

        ClaimResult result = check("max(QQ by month) > 1");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).isEqualTo("the month 2024-03 (impressions{jc,twitter,2024-03}) "
                + "cannot be aggregated: the sources overlap");
    }

    @Test
    void bySubjectRangesOverEverySubjectOfTheDossier() {
        Dossier accounts = new Dossier()
                .with("impressions{jc,twitter,2024-02}", "51880")
                .with("impressions{labour,twitter,2024-02}", "81000")
                .with("impressions{johnson,twitter,2024-02}", Interval.of("60000", "82000"))
                .with("impressions{conservatives,twitter,2024-02}", "20000");

        ClaimResult open = accounts.check("argmax(impressions{*, twitter, 2024-02} by subject) = labour");
        assertThat(open.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(open.explanation()).isEqualTo("Of every subject's 2024-02 Twitter impressions by subject, Labour (labour) "
                + "had 81,000 and the runner-up Boris Johnson (johnson) had between 60,000 and 82,000; the claim says the "
                + "highest is labour: undecided, because the ranges of labour and johnson overlap, so either may be ahead.");
        assertThat(accounts.check("argmax(impressions{*, twitter, 2024-02} by subject) = jc").verdict())
                .isEqualTo(Verdict.FALSE);
        assertThat(accounts.check("argmin(impressions{*, twitter, 2024-02} by subject) = conservatives").verdict())
                .isEqualTo(Verdict.TRUE);
        assertThat(accounts.check("sum(impressions{*, twitter, 2024-02} by subject) >= 212,880").verdict())
                .isEqualTo(Verdict.TRUE);
    }

    @Test
    void byPlatformRangesOverTheDossiersPlatforms() {
        Dossier platforms = new Dossier()
                .with("impressions{jc,twitter,2024-02}", "51880")
                .with("impressions{jc,facebook,2024-02}", "90000");
        ClaimContext twoPlatforms = new ClaimContext(MetricCatalogue.builtIn(), Dossier.CONTEXT.subjects(), Map.of(),
                Set.of(), Dossier.LONDON, Set.of(Platform.FACEBOOK, Platform.TWITTER), Map.of());

        ClaimResult result = new ClaimChecker(twoPlatforms, platforms.source())
                .check(Claim.of("c1", "argmax(impressions{jc, *, 2024-02} by platform) = facebook"));

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.TRUE);
    }

    @Test
    void byASegmentKeyRangesOverItsValues() {
        Dossier towns = new Dossier()
                .with("impressions{jc,facebook,2024-02,town=Stoke}", "700")
                .with("impressions{jc,facebook,2024-02,town=Leeds}", "500");
        ClaimContext context = new ClaimContext(MetricCatalogue.builtIn(), Map.of(Subject.of("jc"), "Jeremy Corbyn"),
                Map.of(), Set.of("town"), Dossier.LONDON, Set.of(Platform.FACEBOOK), Map.of("town", List.of("Leeds", "Stoke")
                .stream().collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
        ClaimChecker checker = new ClaimChecker(context, towns.source());

        assertThat(checker.check(Claim.of("c1", "argmax(impressions{jc, facebook, 2024-02} by town) = Stoke")).verdict())
                .isEqualTo(Verdict.TRUE);
        assertThat(checker.check(Claim.of("c2", "sum(impressions{jc, facebook, 2024-02} by town) = 1,200")).verdict())
                .isEqualTo(Verdict.TRUE);
    }

    @Test
    void aNoDataSentenceNamesTheSetAsWrittenNotItsFirstMember() {
        Dossier towns = new Dossier().with("reach{jc,facebook,2024-02,town=Stoke}", "700");
        ClaimContext context = new ClaimContext(MetricCatalogue.builtIn(), Map.of(Subject.of("jc"), "Jeremy Corbyn"),
                Map.of(), Set.of("town"), Dossier.LONDON, Set.of(Platform.FACEBOOK), Map.of("town", List.of("Derby", "Stoke")
                .stream().collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
        ClaimResult result = new ClaimChecker(context, towns.source())
                .check(Claim.of("c1", "sum(impressions{jc, facebook, 2024-02} by town) = 1,200"));

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(result.explanation()).startsWith("There is no data for 2 of the 2 town values of Jeremy Corbyn's "
                + "Facebook impressions in 2024-02 (Derby and Stoke),");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "argmax(QQ by month) > 5                  | 1:1  | argmax gives the label of a member (a day, a month, a subject...), which is compared with '=' to a label, as in argmax(impressions{jc, twitter, 2024-Q1} by month) = 2024-02; it is not a number",
        "argmax(QQ by month) = 2024-02-01         | 1:54 | '2024-02-01' is a day, but the set is by month, so compare it with a month such as 2024-01",
        "argmax(QQ by month) = jc                 | 1:54 | 'jc' is not a month: the set is by month, so compare it with a month such as 2024-01",
        "argmax(QQ by month) = 2023-05            | 1:54 | '2023-05' is not one of the months of the set (2024-Q1): they are 2024-01, 2024-02, 2024-03",
        "sum(reach{jc, twitter, 2024-Q1} by month) > 1 | 1:1 | reach cannot be summed over months: it counts distinct people, and someone in two months would be counted twice; max, min, mean and median compare the members without adding them",
        "max(QQ by moth) > 1                      | 1:42 | unknown grouping 'moth': did you mean 'month'?",
        "max(QQ by post) > 1                      | 1:5  | impressions is not a metric of single posts, so it cannot be taken post by post: a set by post takes a post's lifetime total, such as post_impressions; post_impressions is the lifetime total of each post, as in max(post_impressions{jc, twitter, 2024-Q1} by post)",
        "max(impressions{*, twitter, 2024-Q1} by month) > 1 | 1:17 | '*' as the subject ranges over every subject of the dossier, so the set must be 'by subject'",
        "max(QQ by subject) > 1                   | 1:17 | a set by subject ranges over every subject: write '*' as the subject, as in max(impressions{*, twitter, 2024-Q1} by subject)",
        "impressions{*, twitter, 2024-Q1} > 1     | 1:13 | '*' ranges over every subject or platform only in a set, such as max(impressions{*, facebook, ge2019} by subject)",
        "argmax(impressions{*, twitter, 2024-Q1} by subject) = 2024-02 | 1:55 | '2024-02' is a period, but the set is by subject, so compare it with a subject such as",
        "max(QQ by town) > 1                      | 1:42 | the set has no members: no value of the segment key 'town' is known, so there is nothing to range over",
    })
    void misusedSetsAreLocatedTypeErrors(String check, String position, String message) {
        ClaimResult result = check(check);

        assertThat(result.verdict()).as(result.explanation()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).startsWith(message);
        assertThat(result.error().orElseThrow().position().orElseThrow()).hasToString(position);
    }

    @Test
    void setsAndLabelsPrintBackAsWritten() throws CheckSyntaxException {
        String written = "argmax(impressions{*, twitter, 2024-Q1} by subject) = jc and median(x{a, b, c} by day) < 5";

        assertThat(CheckParser.parse(written)).hasToString(written);
        assertThat(CheckParser.parse("argmin(x{a, b, c} by week) = 2021-W48")).hasToString("argmin(x{a, b, c} by week) = 2021-W48");
        assertThat(CheckParser.parse("argmax(x{a, b, c} by town) = \"Stoke-on-Trent, UK\""))
                .hasToString("argmax(x{a, b, c} by town) = \"Stoke-on-Trent, UK\"");
    }
}
