package dev.reckon.adapter.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.RelationKind;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.claim.ClaimResult;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fraction named in words is exact: the check a scan writes for it carries no rounding of its own,
 * so the verdict is the one a careful fact-checker reaches on the true share.
 */
class WordFractionTest {

    private final ProseScanner scanner = new ProseScanner();
    private final ClaimChecker checker = new ClaimChecker(ClaimContext.arithmeticOnly(),
            query -> { throw new AssertionError("a text's own arithmetic reads no series, but asked for " + query); });

    @ParameterizedTest(name = "{0} / {1} is written {2}")
    @CsvSource(delimiter = '|', value = {
        "1 | 2  | 0.5",
        "1 | 3  | (1 / 3)",
        "2 | 3  | (2 / 3)",
        "1 | 4  | 0.25",
        "3 | 4  | 0.75",
        "2 | 5  | 0.4",
        "1 | 6  | (1 / 6)",
        "3 | 6  | 0.5",
        "1 | 7  | (1 / 7)",
        "1 | 8  | 0.125",
        "3 | 10 | 0.3",
    })
    void aFractionIsItsDecimalWhereThatEndsAndItsQuotientWhereItDoesNot(int numerator, int denominator, String written) {
        assertThat(Ratios.written(BigInteger.valueOf(numerator), denominator)).isEqualTo(written);
    }

    @ParameterizedTest(name = "\"{0}\" of {1} is checked as {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        // exactly a third, and a share just under one, with and without qualifiers
        "a third             | 100,000 | ~ (1 / 3)  | true",
        "a third             | 99,960  | ~ (1 / 3)  | true",
        "nearly a third      | 99,960  | < (1 / 3)  | true",
        "almost a third      | 99,990  | < (1 / 3)  | true",
        "more than a third   | 99,960  | > (1 / 3)  | false",
        "more than a third   | 100,200 | > (1 / 3)  | true",
        "about a third       | 100,000 | ~ (1 / 3)  | true",
        "two thirds          | 200,000 | ~ (2 / 3)  | true",
        "nearly two thirds   | 199,950 | < (2 / 3)  | true",
        // a fraction whose decimal ends is that decimal, at face value
        "half                | 150,000 | ~ 0.5      | true",
        "a quarter           | 75,000  | ~ 0.25     | true",
        "more than a quarter | 75,000  | = more than 0.25 | false",
        "more than a quarter | 78,000  | = more than 0.25 | true",
        "a fifth             | 60,000  | ~ 0.2      | true",
        "under a fifth       | 60,000  | = less than 0.2  | false",
        "nearly a fifth      | 59,400  | = less than 0.2  | true",
    })
    void aShareInWordsIsCheckedAgainstTheExactFraction(String words, String part, String comparison, String verdict) {
        String text = "The appeal raised 300,000 pounds in all. Match day gave " + part + " pounds, " + words
                + " of the total.";

        ImpliedRelation share = onlyRelation(text, RelationKind.SHARE);

        assertThat(share.check()).isEqualTo("£" + part + " / £300,000 " + comparison);
        ClaimResult result = checker.check(Claim.of("share", share.check()));
        assertThat(result.verdict().id()).as(result.explanation()).isEqualTo(verdict);
    }

    @Test
    void aShareThatIsExactlyAThirdIsNotNearlyAThird() {
        ImpliedRelation share = onlyRelation("The appeal raised 300,000 pounds in all. Match day gave 100,000 pounds, "
                + "nearly a third of the total.", RelationKind.SHARE);

        ClaimResult result = checker.check(Claim.of("share", share.check()));

        // Never true: a third is not below itself. The domain knows a division that does not end only
        // to 34 digits, so it cannot show the two equal quotients apart and says so rather than guess.
        assertThat(share.check()).isEqualTo("£100,000 / £300,000 < (1 / 3)");
        assertThat(result.verdict().id()).isEqualTo("undecided");
        assertThat(result.explanation()).contains("does not end");
    }

    @Test
    void aFallByAFractionComparesTheChangeWithItsExactNegative() {
        ImpliedRelation fall = onlyRelation("Letters fell by a third, from 900 to 600.", RelationKind.CHANGE);
        ImpliedRelation qualified = onlyRelation("Letters fell by nearly a third, from 900 to 601.", RelationKind.CHANGE);

        assertThat(fall.check()).isEqualTo("change(600, 900) ~ -(1 / 3)");
        assertThat(checker.check(Claim.of("fall", fall.check())).verdict().id()).isEqualTo("true");
        assertThat(qualified.check()).isEqualTo("-change(601, 900) < (1 / 3)");
        assertThat(checker.check(Claim.of("fall", qualified.check())).verdict().id()).isEqualTo("true");
    }

    @Test
    void aFigureQualifiedFractionKeepsItsOperatorAndWhatItAllows() {
        ScannedFigure nearly = ScannedFigure.of(scanner, "Nearly a third of donors gave again.");
        ScannedFigure oneInSeven = ScannedFigure.of(scanner, "One in seven donors gave again.");

        assertThat(nearly.check).isEqualTo("< (1 / 3)");
        assertThat(nearly.hi).isEqualTo("0.333333");
        assertThat(oneInSeven.check).isEqualTo("(1 / 7)");
    }

    private ImpliedRelation onlyRelation(String text, RelationKind kind) {
        List<ImpliedRelation> relations = scanner.scan(text).relations();
        assertThat(relations).as(text).hasSize(1);
        assertThat(relations.get(0).kind()).as(text).isEqualTo(kind);
        return relations.get(0);
    }

    /** The one quantity of a sentence: its check and the upper end of what it allows. */
    private record ScannedFigure(String check, String hi) {
        static ScannedFigure of(ProseScanner scanner, String text) {
            var figures = scanner.scan(text).figures().stream().filter(f -> f.kind().isQuantity()).toList();
            assertThat(figures).as(text).hasSize(1);
            return new ScannedFigure(figures.get(0).check().orElseThrow(),
                    figures.get(0).interval().orElseThrow().hi().orElseThrow().toPlainString());
        }
    }
}
