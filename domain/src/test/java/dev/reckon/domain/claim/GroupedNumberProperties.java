package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reckon.domain.number.DigitGrouping;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers written with grouped thousands read exactly as {@code String.format} writes them. */
class GroupedNumberProperties {

    @FuzzTest
    void groupedIsWhatStringFormatWrites(FuzzedDataProvider data) {
        BigDecimal value = new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-6, 12));

        assertThat(DigitGrouping.grouped(value))
                .isEqualTo(String.format(Locale.ROOT, "%,." + Math.max(value.scale(), 0) + "f", value));
    }

    @Test
    void examples() {
        assertThat(DigitGrouping.grouped(new BigDecimal("31000"))).isEqualTo("31,000");
        assertThat(DigitGrouping.grouped(new BigDecimal("-1234.50"))).isEqualTo("-1,234.50");
        assertThat(DigitGrouping.grouped(new BigDecimal("-0.5"))).isEqualTo("-0.5");
        assertThat(DigitGrouping.grouped(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(DigitGrouping.grouped(new BigDecimal("999"))).isEqualTo("999");
    }
}
