package dev.reckon.domain.series;

import static dev.reckon.domain.series.SeriesFixtures.LONDON;
import static dev.reckon.domain.series.SeriesFixtures.day;
import static dev.reckon.domain.series.SeriesFixtures.days;
import static dev.reckon.domain.series.SeriesFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSetAndWordingTest {

    @Test
    void overlappingAndTouchingWindowsMergeAndInstantsTakeNoTime() {
        TimeSet set = TimeSet.of(List.of(day(dec(3)), days(dec(1), dec(2)), days(dec(2), dec(4)), day(dec(9)),
                Window.at(Instant.parse("2019-12-20T10:00:00Z"))));

        assertThat(set.windows()).containsExactly(days(dec(1), dec(4)), day(dec(9)));
    }

    @Test
    void minusCutsHolesAndIntersectKeepsTheCommonTime() {
        TimeSet month = TimeSet.of(days(dec(1), dec(31)));
        TimeSet holes = TimeSet.of(List.of(days(dec(3), dec(4)), day(dec(31))));

        assertThat(month.minus(holes).windows()).containsExactly(days(dec(1), dec(2)), days(dec(5), dec(30)));
        assertThat(month.intersect(holes).windows()).containsExactly(days(dec(3), dec(4)), day(dec(31)));
        assertThat(month.covers(days(dec(5), dec(9)))).isTrue();
        assertThat(month.minus(holes).covers(days(dec(2), dec(3)))).isFalse();
        assertThat(TimeSet.EMPTY.union(holes).windows()).isEqualTo(holes.windows());
    }

    @Test
    void amountsAreGroupedAndUnboundedEndsPrintAsInfinity() {
        assertThat(EvidenceWording.amount(Interval.exactly(28_121))).isEqualTo("28,121");
        assertThat(EvidenceWording.amount(Interval.of("324500000", "325500000"))).isEqualTo("[324,500,000, 325,500,000]");
        assertThat(EvidenceWording.amount(Interval.atLeast(BigDecimal.ZERO))).isEqualTo("[0, +inf]");
        assertThat(EvidenceWording.grouped(new BigDecimal("-1234.50"))).isEqualTo("-1,234.5");
        assertThat(EvidenceWording.grouped(new BigDecimal("-0.5"))).isEqualTo("-0.5");
        assertThat(EvidenceWording.grouped(new BigDecimal("1E+3"))).isEqualTo("1,000");
    }

    @Test
    void windowsAreWrittenAsDaysInTheZoneWhenTheyAreWholeDays() {
        assertThat(EvidenceWording.window(Window.ofDays(dec(1), dec(7), LONDON), LONDON)).isEqualTo("2019-12-01 to 2019-12-07");
        assertThat(EvidenceWording.figureFor(Window.ofDays(dec(1), dec(28), LONDON), LONDON))
                .isEqualTo("the 28-day figure for 2019-12-01 to 2019-12-28");
        assertThat(EvidenceWording.window(Window.at(Instant.parse("2019-07-01T12:30:00Z")), LONDON))
                .isEqualTo("2019-07-01 13:30 Europe/London");
        assertThat(EvidenceWording.figureFor(new Window(Instant.parse("2019-12-01T10:00:00Z"),
                Instant.parse("2019-12-01T10:20:00Z")), LONDON))
                .isEqualTo("the figure for 2019-12-01 10:00 to 2019-12-01 10:20 Europe/London");
    }
}
