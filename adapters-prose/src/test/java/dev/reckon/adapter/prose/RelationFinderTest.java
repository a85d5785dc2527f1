package dev.reckon.adapter.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.RelationKind;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.Unrelated;
import org.junit.jupiter.api.Test;

/** The relations a text implies, written as checks; and none where the words for one are missing. */
class RelationFinderTest {

    private final ProseScanner scanner = new ProseScanner();

    private ScannedText scan(String text) {
        return scanner.scan(text);
    }

    private String onlyCheck(String text, RelationKind kind) {
        ScannedText scanned = scan(text);
        assertThat(scanned.relations()).as(text).hasSize(1);
        assertThat(scanned.relations().get(0).kind()).isEqualTo(kind);
        return scanned.relations().get(0).check();
    }

    @Test
    void eachKindOfRelationIsWrittenAsACheckOverTheTextsOwnFigures() {
        assertThat(onlyCheck("We raised £1,204,550 from 9,310 gifts, an average of £129.", RelationKind.AVERAGE))
                .isEqualTo("£1,204,550 / 9,310 ~ £129 within £0.5");
        assertThat(onlyCheck("The page has 757,000 followers. Of those, 312,000 of them (41.2%) watched.", RelationKind.SHARE))
                .isEqualTo("312,000 / 757,000 = 41.2%");
        assertThat(onlyCheck("Facebook brought in £360,000, roughly 30% of the total £1.2m.", RelationKind.SHARE))
                .isEqualTo("£360,000 / £1.2m = about 30%");
        assertThat(onlyCheck("We had 4.2m views in all: 1.9m on YouTube and 2.3m on TikTok.", RelationKind.SUM))
                .isEqualTo("1.9m + 2.3m = 4.2m");
        assertThat(onlyCheck("We raised £3.8m, £300,000 behind the leader's £4.1 million.", RelationKind.DIFFERENCE))
                .isEqualTo("£4.1m - £3.8m = £300,000");
        assertThat(onlyCheck("We raised £4.4m, £300,000 ahead of the runner-up's £4.1 million.", RelationKind.DIFFERENCE))
                .isEqualTo("£4.4m - £4.1m = £300,000");
        assertThat(onlyCheck("Members doubled from 12,000 to 25,000.", RelationKind.MULTIPLE))
                .isEqualTo("25,000 / 12,000 ~ 2");
    }

    @Test
    void withoutWordsThatSayARelationThereIsNone() {
        assertThat(scan("We had 4,000 members and 2,104 volunteers. Donations came to £9,000.").relations()).isEmpty();
        assertThat(scan("We had 1.9m views on YouTube and 2.3m on TikTok, and 38% of viewers were new.").relations())
                .isEmpty();
    }

    @Test
    void aFigureARelationNeedsSomethingForSaysWhatTheTextLacks() {
        ScannedText perOrder = scan("We took £52,000 from 1,300 customers, or £40 per order.");
        assertThat(perOrder.relations()).isEmpty();
        assertThat(perOrder.unrelated()).extracting(Unrelated::reason)
                .containsExactly("the average is per order, but the text counts customers");

        assertThat(scan("Views doubled this year.").unrelated()).extracting(Unrelated::reason)
                .containsExactly("the text does not give both figures the multiple compares");
        assertThat(scan("Around 41% of donors gave twice.").unrelated()).extracting(Unrelated::reason)
                .contains("the text gives the share but not the part it is");
        assertThat(scan("Gifts averaged £40 this year.").relations()).isEmpty();
    }

    @Test
    void aRestatementPairsAnExactFigureWithAQualifiedOneOfTheSameThing() {
        ScannedText text = scan("The film passed more than 1.2 million views. By the morning it had 1,236,904 views.");
        assertThat(text.relations()).extracting(ImpliedRelation::check).containsExactly("1,236,904 = more than 1.2m");
        assertThat(scan("It had 4,000 volunteers and later twenty volunteers.").relations()).isEmpty();
    }

    @Test
    void anAveragePerSomethingDividesByTheFigureCountingThatThingWhicheverComesFirst() {
        assertThat(onlyCheck("The ad found 2.5m viewers and was played 20m times, about 8 plays per viewer.", RelationKind.AVERAGE))
                .isEqualTo("20m / 2.5m = about 8");
        assertThat(onlyCheck("It was played 20m times to 2.5m viewers, about 8 plays per viewer.", RelationKind.AVERAGE))
                .isEqualTo("20m / 2.5m = about 8");
    }

    @Test
    void aStatedRiseOrFallBetweenTwoFiguresIsAChange() {
        assertThat(onlyCheck("Subscribers went from 2.2m to 2.9m, up 32%.", RelationKind.CHANGE))
                .isEqualTo("change(2.9m, 2.2m) = 32%");
        assertThat(onlyCheck("Visits rose by 15% to 46,000 from 40,000.", RelationKind.CHANGE))
                .isEqualTo("change(46,000, 40,000) = 15%");
        assertThat(onlyCheck("Revenue reached $5.5m, up 10% on the $5m of last year.", RelationKind.CHANGE))
                .isEqualTo("change($5.5m, $5m) = 10%");
        assertThat(onlyCheck("Letters fell by a third, from 900 to 600.", RelationKind.CHANGE))
                .isEqualTo("change(600, 900) ~ -(1 / 3)");
        assertThat(onlyCheck("Members dropped more than 20%, from 5,000 to 3,900.", RelationKind.CHANGE))
                .isEqualTo("-change(3,900, 5,000) = more than 20%");
    }

    @Test
    void aChangeWithOneFigureOrInPercentagePointsIsNoRelation() {
        ScannedText oneFigure = scan("Regular givers grew 25% year on year, to 3,100.");
        assertThat(oneFigure.relations()).isEmpty();
        assertThat(oneFigure.unrelated()).extracting(Unrelated::reason)
                .contains("the text gives the rise but not both figures it is between");
        assertThat(scan("Support rose 3 percentage points, from 41% to 44%.").relations())
                .noneMatch(r -> r.kind() == RelationKind.CHANGE);
    }

    @Test
    void partsListedBeforeTheirTotalAddUpToIt() {
        assertThat(onlyCheck("The four hustings drew 310, 275, 402 and 198 people, 1,185 altogether.", RelationKind.SUM))
                .isEqualTo("310 + 275 + 402 + 198 = 1,185");
        assertThat(onlyCheck("Reels: 700k plays on Instagram + 1.1m on Facebook = 1.8m plays in total.", RelationKind.SUM))
                .isEqualTo("700k + 1.1m = 1.8m");
        assertThat(scan("The 12 branches signed up 310 and 275 members, 1,185 in total.").relations())
                .extracting(ImpliedRelation::check).containsExactly("310 + 275 = 1,185");
    }

    @Test
    void aListEndingInTheRemainingPartAddsUpToTheWholeItBreaksDown() {
        assertThat(onlyCheck("Our budget was $40,000: $25,000 on search and the remaining $15,000 on video.", RelationKind.SUM))
                .isEqualTo("$25,000 + $15,000 = $40,000");
        assertThat(onlyCheck("The posts were seen 9.1m times. Reels took 5m, stories 3m and the remaining 1.1m came from the feed.",
                RelationKind.SUM)).isEqualTo("5m + 3m + 1.1m = 9.1m");
        assertThat(onlyCheck("Search brought 48% of sign-ups, referrals 30% and the remaining 22% came directly.",
                RelationKind.SUM)).isEqualTo("48% + 30% + 22% = 100%");
    }

    @Test
    void aShareFindsAWholeTheSentenceIntroducesOrTheTextsTotalButNeverOneSmallerThanThePart() {
        assertThat(onlyCheck("Of the 12,000 members who voted, 7,800 (65%) backed the motion.", RelationKind.SHARE))
                .isEqualTo("7,800 / 12,000 = 65%");
        assertThat(scan("Spend: €90k, of which €60k went on video (66.7%).").relations())
                .extracting(ImpliedRelation::check).contains("€60k / €90k = 66.7%");
        assertThat(scan("The drive raised £500,000 from 4,000 people, about £125 each. Match day gave £150,000, "
                + "almost a third of the total.").relations())
                .extracting(ImpliedRelation::check).contains("£150,000 / £500,000 < (1 / 3)");
    }

    @Test
    void anExactFigureGivenToBeExactRestatesTheRoundedOneBeforeIt() {
        assertThat(onlyCheck("Sign-ups passed 40k, 40,612 to be precise.", RelationKind.RESTATEMENT))
                .isEqualTo("40,612 = 40k");
        assertThat(onlyCheck("We had nearly 2m plays, 1,987,400 to be exact.", RelationKind.RESTATEMENT))
                .isEqualTo("1,987,400 = less than 2m");
    }

    @Test
    void aReasonNamesAShareInWordsAsTheTextWritesIt() {
        assertThat(scan("We sold 3,000 tickets, about one in four.").unrelated())
                .extracting(Unrelated::reason).contains("the text does not say what one in four is a share of");
        assertThat(scan("We sold 3,000 tickets, 25.5%.").unrelated())
                .extracting(Unrelated::reason).contains("the text does not say what 25.5% is a share of");
    }

    @Test
    void aMultipleAfterTwoFiguresSetAgainstEachOtherComparesThem() {
        assertThat(onlyCheck("Sign-ups: 9,200 vs 3,050 last spring, tripled.", RelationKind.MULTIPLE))
                .isEqualTo("9,200 / 3,050 ~ 3");
        assertThat(onlyCheck("Sales hit £5m compared with £2.4m, more than doubled.", RelationKind.MULTIPLE))
                .isEqualTo("£5m / £2.4m = more than 2");
        assertThat(scan("We had 9,200 members and 3,050 donors; members tripled.").relations()).isEmpty();
    }

    @Test
    void aShareOfAllSomethingIsNoShareOfAnEarlierFigure() {
        assertThat(scan("We posted 42 times, and our twenty best videos took nine tenths of all views.").relations()).isEmpty();
        assertThat(scan("We sent 900 letters. The 120 volunteers wrote a third of the total.").relations()).isEmpty();
    }

    @Test
    void aFigureUpOrDownFromAnotherWithAStatedChangeIsAChange() {
        assertThat(onlyCheck("We made 90,000 calls, up from 60,000 last time, an increase of 50%.", RelationKind.CHANGE))
                .isEqualTo("change(90,000, 60,000) = 50%");
        assertThat(onlyCheck("The page had 80,000 visits in May compared with 64,000 in April, a rise of a quarter.",
                RelationKind.CHANGE)).isEqualTo("change(80,000, 64,000) ~ 0.25");
        assertThat(onlyCheck("Fees were €3.2m, down from €4m, a fall of 20%.", RelationKind.CHANGE))
                .isEqualTo("change(€3.2m, €4m) = -20%");
    }

    @Test
    void halvedFromOneFigureToAnotherIsAMultiple() {
        assertThat(onlyCheck("Printing costs halved from £18k to £9k.", RelationKind.MULTIPLE))
                .isEqualTo("£9k / £18k ~ 0.5");
    }

    @Test
    void aSentenceStartingOfThatTakesTheWholeFromTheSentenceBefore() {
        assertThat(onlyCheck("The fund raised $8m. Of that, $2m (25%) came from bequests.", RelationKind.SHARE))
                .isEqualTo("$2m / $8m = 25%");
        assertThat(scan("The fund raised $8m. Last year, $2m (25%) came from bequests.").relations()).isEmpty();
    }

    @Test
    void sharesWhoseRestIsLeftWithoutAFigureAreAtMostTheWhole() {
        assertThat(onlyCheck("Of new members, 55% joined online, 30% at events and the rest by post.", RelationKind.PARTS_WITHIN))
                .isEqualTo("55% + 30% <= 100%");
        assertThat(scan("Of new members, 55% joined online, 60% at events and the rest by post.").relations())
                .extracting(ImpliedRelation::check).containsExactly("55% + 60% <= 100%");
        assertThat(scan("Only 55% joined online; the rest of the year was quiet, with 30% fewer events.").relations())
                .isEmpty();
    }

    @Test
    void aChangeIsBetweenFiguresOfItsOwnClauseOnly() {
        ScannedText stores = scan("Sales rose 5% after we grew from 12 stores to 15.");
        assertThat(stores.relations()).isEmpty();
        assertThat(stores.unrelated()).extracting(Unrelated::reason)
                .contains("the text gives the rise but not both figures it is between");
        assertThat(onlyCheck("Members grew 12% year on year, from 1,000 to 1,120.", RelationKind.CHANGE))
                .isEqualTo("change(1,120, 1,000) = 12%");
    }
}
