package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountTest {

    private static final Currency GBP = Currency.getInstance("GBP");

    @Test
    void aCountHasNoCurrencyAndMoneyHasItsOwn() {
        assertThat(Amount.exactly(3).isMoney()).isFalse();
        assertThat(Amount.exactly(3)).isEqualTo(Amount.of(Interval.exactly(3)));
        assertThat(Amount.of(Interval.exactly(3), GBP).currency()).contains(GBP);
        assertThat(Amount.of(Interval.exactly(3), GBP)).isNotEqualTo(Amount.exactly(3));
    }

    @Test
    void moneySaysItsCurrencyAfterTheInterval() {
        assertThat(Amount.of(Interval.exactly(3), GBP).toString()).isEqualTo(Interval.exactly(3) + " GBP");
        assertThat(Amount.exactly(3).toString()).isEqualTo(Interval.exactly(3).toString());
    }

    @Test
    void neitherPartMayBeNull() {
        assertThatNullPointerException().isThrownBy(() -> new Amount(null, Optional.empty())).withMessageContaining("interval");
        assertThatNullPointerException().isThrownBy(() -> new Amount(Interval.ZERO, null)).withMessageContaining("currency");
    }
}
