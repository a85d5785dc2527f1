package dev.reckon.adapter.file.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayNumberTest {

    @Test
    void groupsWholeNumbersAndRoundsOthersToFourDigits() {
        assertThat(DisplayNumber.readable(new BigDecimal("31000000"))).isEqualTo("31,000,000");
        assertThat(DisplayNumber.readable(new BigDecimal("0.5081967213114754098360655737704918"))).isEqualTo("0.5082");
        assertThat(DisplayNumber.readable(new BigDecimal("22.74173773987206823027718550106609"))).isEqualTo("22.74");
    }

    @Test
    void axisLabelsAreShortYetTellNeighbouringTicksApart() {
        assertThat(DisplayNumber.compact(325_000_000)).isEqualTo("325m");
        assertThat(DisplayNumber.compact(1_450_000)).isEqualTo("1.45m");
        assertThat(DisplayNumber.compact(12_500)).isEqualTo("12.5k");
        AxisScale scale = AxisScale.spanning(List.of(0.503177, 0.504916), 0, 100);
        List<String> labels = scale.ticks().stream().map(DisplayNumber::compact).toList();
        assertThat(labels).doesNotHaveDuplicates().contains("0.5035", "0.504");
    }
}
