package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures as people write them, by docs/semantics.md#figures. */
class FigureTest {

    @ParameterizedTest(name = "{0} is [{1}, {2}]")
    @CsvSource(delimiter = ';', value = {
        "325m;     324500000;  325500000",
        "37.4m;    37350000;   37450000",
        "1.5bn;    1450000000; 1550000000",
        "825k;     824500;     825500",
        "50.4%;    0.5035;     0.5045",
        "50.40%;   0.50395;    0.50405",
        "-2.5%;    -0.0255;    -0.0245",
        "2%;       0.015;      0.025",
        "£22.74;   22.735;     22.745",
        "$1.2m;    1150000;    1250000",
        "€3k;      2500;       3500",
        "0.5;      0.45;       0.55",
        "1777.0;   1776.95;    1777.05",
        "436,000;  436000;     436000",
        "3752;     3752;       3752",
        "3,752;    3752;       3752",
        "£85,327;  85327;      85327",
        "2;        2;          2",
        "1,234,567; 1234567;   1234567",
        "1.5M;     1450000;    1550000",
        "5K;       4500;       5500",
    })
    void readsTheIntervalAFigureDenotes(String text, String lo, String hi) {
        assertThat(Figure.parse(text).interval()).isEqualTo(Interval.of(lo, hi));
    }

    @Test
    void anIntegerWithoutSuffixIsExact() {
        assertThat(Figure.parse("436,000").isExact()).isTrue();
        assertThat(Figure.parse("436k").isExact()).isFalse();
    }

    @Test
    void trailingZerosNarrowTheInterval() {
        Interval coarse = Figure.parse("50.4%").interval();
        Interval fine = Figure.parse("50.40%").interval();
        assertThat(coarse.contains(fine)).isTrue();
        assertThat(fine.width().orElseThrow()).isLessThan(coarse.width().orElseThrow());
    }

    @Test
    void keepsTheWrittenTextTheNominalValueAndTheCurrency() {
        Figure figure = Figure.parse("£85,327");
        assertThat(figure.text()).isEqualTo("£85,327");
        assertThat(figure.currency()).contains(Currency.getInstance("GBP"));
        assertThat(figure.nominal()).isEqualByComparingTo("85327");
        assertThat(Figure.parse("$1.2m").currency()).contains(Currency.getInstance("USD"));
        assertThat(Figure.parse("€3k").currency()).contains(Currency.getInstance("EUR"));
        assertThat(Figure.parse("3752").currency()).isEmpty();
    }

    @Test
    void aPercentFigureAtFaceValueIsItsNominalFraction() {
        Figure twoPercent = Figure.parse("2%");
        assertThat(twoPercent.percent()).isTrue();
        assertThat(twoPercent.faceValue()).isEqualTo(Interval.exactly(new BigDecimal("0.02")));
    }

    @Test
    void readsQualifiersAsWordsBeforeTheFigure() {
        Figure figure = Figure.parse("more than 1.5m");
        assertThat(figure.qualifier()).contains(Qualifier.MORE_THAN);
        assertThat(figure.interval()).isEqualTo(Interval.of("1450000", "1550000"));
        assertThat(Figure.parse("at least 3,752").qualifier()).contains(Qualifier.AT_LEAST);
        assertThat(Figure.parse("almost 2m").qualifier()).contains(Qualifier.LESS_THAN);
        assertThat(Figure.parse("about 0.5").qualifier()).contains(Qualifier.ABOUT);
        assertThat(Qualifier.MORE_THAN.operator()).isEqualTo(">");
    }

    @ParameterizedTest(name = "{0}: column {1}")
    @CsvSource(delimiter = ';', value = {
        "1,2,3;  4; a thousands separator must",
        "12.3.4; 5; at most one decimal point",
        "m5;     1; expected a digit but found 'm'",
        "5mm;    2; expected a magnitude suffix k, m or bn but found 'mm'",
        "£;      2; expected a number but the text ends",
        "12,34;  4; followed by exactly three digits",
        "5%x;    3; expected the figure to end but found 'x'",
        "5k%;    3; both a magnitude suffix and a percent sign",
        "5.;     3; expected a digit after the decimal point",
    })
    void rejectsWhatIsNotAFigureSayingWhereAndWhy(String text, int column, String reason) {
        assertThatThrownBy(() -> Figure.parse(text))
                .isInstanceOfSatisfying(FigureSyntaxException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.text()).isEqualTo(text);
                })
                .hasMessageStartingWith("'" + text + "' is not a figure: at column " + column);
    }

    @Test
    void rejectsEmptyAndBlankText() {
        assertThatThrownBy(() -> Figure.parse("")).isInstanceOf(FigureSyntaxException.class)
                .hasMessageContaining("expected a number but found nothing");
        assertThatThrownBy(() -> Figure.parse("   ")).isInstanceOf(FigureSyntaxException.class);
    }

    @Test
    void writesItselfBackCanonically() {
        assertThat(Figure.parse("£85327").canonicalText()).isEqualTo("£85,327");
        assertThat(Figure.parse("37.4M").canonicalText()).isEqualTo("37.4m");
        assertThat(Figure.parse("-2.50%").canonicalText()).isEqualTo("-2.50%");
        assertThat(Figure.parse("over 1.5bn").canonicalText()).isEqualTo("more than 1.5bn");
    }

    @Test
    void aMessageQuotesAWholeCharacter() {
        assertThatThrownBy(() -> Figure.parse("\uD83D\uDE00"))
                .isInstanceOf(FigureSyntaxException.class)
                .hasMessageContaining("found '\uD83D\uDE00'");
    }
}
