package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;

/** Formatting a parsed figure and reading it again gives the same interval. */
class FigureRoundTripProperties {

    /** A well-formed figure: sign, currency, up to nine digits with up to four decimals, and a suffix. */
    static String figure(FuzzedDataProvider data) {
        String sign = data.pickValue(new String[] {"", "-"});
        String currency = data.pickValue(new String[] {"", "£", "$", "€"});
        BigDecimal number = BigDecimal.valueOf(data.consumeLong(0, 999_999_999L)).movePointLeft(data.consumeInt(0, 4));
        String suffix = data.pickValue(new String[] {"", "k", "m", "bn", "%"});
        return sign + currency + number.toPlainString() + suffix;
    }

    @FuzzTest
    void canonicalTextReadsBackToTheSameInterval(FuzzedDataProvider data) {
        Figure figure = Figure.parse(figure(data));
        Figure again = Figure.parse(figure.canonicalText());
        assertThat(again.interval()).isEqualTo(figure.interval());
        assertThat(again.nominal()).isEqualByComparingTo(figure.nominal());
        assertThat(again.currency()).isEqualTo(figure.currency());
    }

    @FuzzTest
    void theNominalValueIsTheMidpointOfTheInterval(FuzzedDataProvider data) {
        Figure figure = Figure.parse(figure(data));
        assertThat(figure.interval().midpoint().orElseThrow()).isEqualByComparingTo(figure.nominal());
    }
}
