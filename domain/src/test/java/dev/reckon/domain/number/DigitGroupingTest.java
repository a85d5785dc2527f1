package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DigitGroupingTest {

    @Test
    void groupsTheWholePartAndKeepsEveryWrittenDecimal() {
        assertThat(DigitGrouping.grouped(new BigDecimal("31000"))).isEqualTo("31,000");
        assertThat(DigitGrouping.grouped(new BigDecimal("-1234.50"))).isEqualTo("-1,234.50");
        assertThat(DigitGrouping.grouped(new BigDecimal("-0.5"))).isEqualTo("-0.5");
        assertThat(DigitGrouping.grouped(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(DigitGrouping.grouped(new BigDecimal("999"))).isEqualTo("999");
        assertThat(DigitGrouping.grouped(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.891");
    }

    @Test
    void figuresAndEvidenceWriteTheirNumbersThroughIt() {
        assertThat(Figure.parse("£85327").canonicalText()).isEqualTo("£85,327");
    }
}
