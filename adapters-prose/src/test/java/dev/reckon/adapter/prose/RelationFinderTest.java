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
}
