package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Formatting a parsed figure and reading it again gives the same interval. */
class FigureRoundTripProperties {

    @Provide
    Arbitrary<String> figures() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> currency = Arbitraries.of("", "£", "$", "€");
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("999999999")).ofScale(0)
                .flatMap(n -> Arbitraries.integers().between(0, 4).map(n::movePointLeft));
        Arbitrary<String> suffix = Arbitraries.of("", "k", "m", "bn", "%");
        return Combinators.combine(sign, currency, number, suffix)
                .as((s, c, n, x) -> s + c + n.toPlainString() + x);
    }

    @Property
    void canonicalTextReadsBackToTheSameInterval(@ForAll("figures") String text) {
        Figure figure = Figure.parse(text);
        Figure again = Figure.parse(figure.canonicalText());
        assertThat(again.interval()).isEqualTo(figure.interval());
        assertThat(again.nominal()).isEqualByComparingTo(figure.nominal());
        assertThat(again.currency()).isEqualTo(figure.currency());
    }

    @Property
    void theNominalValueIsTheMidpointOfTheInterval(@ForAll("figures") String text) {
        Figure figure = Figure.parse(text);
        assertThat(figure.interval().midpoint().orElseThrow()).isEqualByComparingTo(figure.nominal());
    }
}
