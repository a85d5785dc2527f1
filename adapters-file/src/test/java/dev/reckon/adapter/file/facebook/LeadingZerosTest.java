package dev.reckon.adapter.file.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingZerosTest {

    private static final LocalDate DAY = LocalDate.of(2014, 2, 10);
    private final LeadingZeros zeros = new LeadingZeros();
    private final List<String> emitted = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private void take(int column, int day, int value) {
        String label = column + "@" + day + "=" + value;
        zeros.take(column, "column " + column, DAY.plusDays(day), BigDecimal.valueOf(value), () -> emitted.add(label));
    }

    @Test
    void zerosBeforeTheFirstRecordedDayAreDroppedAndZerosAfterItKept() {
        take(1, 0, 0);
        take(1, 1, 0);
        take(1, 2, 107);
        take(1, 3, 0);
        zeros.finish(notes::add);

        assertThat(emitted).containsExactly("1@2=107", "1@3=0");
        assertThat(notes).containsExactly("1 lifetime column reads 0 before its first recorded day; those zeros are"
                + " taken as not recorded, not as a count: column 1 (before 2014-02-12)");
    }

    @Test
    void aColumnThatReadsZeroToItsEndIsTakenAtItsWord() {
        take(2, 0, 0);
        take(2, 1, 0);
        take(3, 0, 5);
        zeros.finish(notes::add);

        assertThat(emitted).containsExactlyInAnyOrder("3@0=5", "2@0=0", "2@1=0");
        assertThat(notes).isEmpty();
    }
}
