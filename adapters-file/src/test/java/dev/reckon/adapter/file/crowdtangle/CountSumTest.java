package dev.reckon.adapter.file.crowdtangle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CountSumTest {

    @Test
    void nothingAddedIsEmptyAndZeroAddedIsNot() {
        CountSum sum = new CountSum();
        assertThat(sum.isEmpty()).isTrue();

        sum.add(0);

        assertThat(sum.isEmpty()).isFalse();
        assertThat(sum.value()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void aSumBeyondALongStaysExact() {
        CountSum sum = new CountSum();

        sum.add(Long.MAX_VALUE);
        sum.add(Long.MAX_VALUE);
        sum.add(2);

        assertThat(sum.value()).isEqualTo(new BigDecimal("18446744073709551616"));
    }

    @Test
    void countsTooLongForALongAddUpWithTheOthers() {
        CountSum sum = new CountSum();
        sum.add(5);
        sum.add(new BigDecimal("100000000000000000000"));

        CountSum total = new CountSum();
        total.add(1);
        total.add(sum);
        total.add(new CountSum());

        assertThat(total.value()).isEqualTo(new BigDecimal("100000000000000000006"));
    }

    @Test
    void clearingEmptiesTheSumForTheNextRow() {
        CountSum sum = new CountSum();
        sum.add(new BigDecimal("100000000000000000000"));

        sum.clear();
        sum.add(3);

        assertThat(sum.value()).isEqualTo(BigDecimal.valueOf(3));
    }
}
