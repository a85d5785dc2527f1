package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalDigitsTest {

    @Test
    void readsTheDigitsBetweenTheTwoPlacesAndRefusesAnythingElse() {
        assertThat(DecimalDigits.value("2019-12-06", 0, 4)).isEqualTo(2019);
        assertThat(DecimalDigits.value("2019-12-06", 5, 7)).isEqualTo(12);
        assertThat(DecimalDigits.value("2019-12-06", 8, 10)).isEqualTo(6);
        assertThat(DecimalDigits.value("2019-12-06", 3, 6)).as("a dash is no digit").isEqualTo(-1);
        assertThat(DecimalDigits.value("20a9", 0, 4)).isEqualTo(-1);
        assertThat(DecimalDigits.value("١٢", 0, 2)).as("only ASCII digits").isEqualTo(-1);
        assertThat(DecimalDigits.value("12", 1, 1)).as("no digits write 0").isZero();
    }
}
