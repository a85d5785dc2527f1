package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.DigitGrouping;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Numbers written with grouped thousands read exactly as {@code String.format} writes them. */
class GroupedNumberProperties {

    @Property
    void groupedIsWhatStringFormatWrites(@ForAll long unscaled, @ForAll @IntRange(min = -6, max = 12) int scale) {
        BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled), scale);

        assertThat(DigitGrouping.grouped(value))
                .isEqualTo(String.format(Locale.ROOT, "%,." + Math.max(value.scale(), 0) + "f", value));
    }

    @Example
    void examples() {
        assertThat(DigitGrouping.grouped(new BigDecimal("31000"))).isEqualTo("31,000");
        assertThat(DigitGrouping.grouped(new BigDecimal("-1234.50"))).isEqualTo("-1,234.50");
        assertThat(DigitGrouping.grouped(new BigDecimal("-0.5"))).isEqualTo("-0.5");
        assertThat(DigitGrouping.grouped(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(DigitGrouping.grouped(new BigDecimal("999"))).isEqualTo("999");
    }
}
