package dev.reckon.domain.comparison;

import static dev.reckon.domain.comparison.Values.between;
import static dev.reckon.domain.comparison.Values.exactly;
import static dev.reckon.domain.comparison.Values.missing;
import static dev.reckon.domain.comparison.Values.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.series.SeriesValue;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void exactValuesGiveExactDifferenceRatioAndPercentChange() {
        Comparison comparison = Comparison.of(exactly("labour", 125), exactly("tories", 100));

        assertThat(comparison.difference()).isEqualTo(Interval.exactly(25));
        assertThat(comparison.ratio()).isEqualTo(Interval.exactly("1.25"));
        assertThat(comparison.percentChange()).isEqualTo(Interval.exactly("0.25"));
        assertThat(comparison.direction()).isEqualTo(Direction.UP);
        assertThat(comparison.notes()).isEmpty();
        assertThat(comparison.a().query().subject().id()).isEqualTo("labour");
    }

    @Test
    void intervalsGiveIntervals() {
        Comparison comparison = Comparison.of(between("labour", "40", "60"), between("tories", "90", "110"));

        assertThat(comparison.difference()).isEqualTo(Interval.of("-70", "-30"));
        assertThat(comparison.ratio().contains(new BigDecimal("0.5"))).isTrue();
        assertThat(comparison.ratio().lo()).hasValueSatisfying(lo -> assertThat(lo).isLessThan(new BigDecimal("0.37")));
        assertThat(comparison.percentChange().contains(new BigDecimal("-0.5"))).isTrue();
        // every change the values can make, 40/110 - 1 to 60/90 - 1, not (40 - 110) / 90
        assertThat(comparison.percentChange().lo()).hasValueSatisfying(lo -> assertThat(lo).isGreaterThan(new BigDecimal("-0.64")));
        assertThat(comparison.percentChange().hi()).hasValueSatisfying(hi -> assertThat(hi).isLessThan(new BigDecimal("-0.33")));
        assertThat(comparison.direction()).isEqualTo(Direction.DOWN);
    }

    @Test
    void overlappingIntervalsLeaveTheDirectionUndecided() {
        Comparison comparison = Comparison.of(between("labour", "90", "105"), between("tories", "100", "110"));

        assertThat(comparison.direction()).isEqualTo(Direction.UNDECIDED);
        assertThat(comparison.difference()).isEqualTo(Interval.of("-20", "5"));
    }

    @Test
    void equalExactValuesAreFlatButEqualRangesAreNot() {
        assertThat(Comparison.of(exactly("labour", 100), exactly("tories", 100)).direction()).isEqualTo(Direction.FLAT);
        assertThat(Comparison.of(between("labour", "90", "110"), between("tories", "90", "110")).direction())
                .isEqualTo(Direction.UNDECIDED);
    }

    @Test
    void anOpenUpperBoundCanStillBeCertainlyAbove() {
        SeriesValue atLeast = value("labour", Interval.atLeast(BigDecimal.valueOf(500)));

        Comparison comparison = Comparison.of(atLeast, exactly("tories", 400));

        assertThat(comparison.direction()).isEqualTo(Direction.UP);
        assertThat(comparison.difference()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(100)));
        assertThat(comparison.difference().hiText()).isEqualTo("+inf");
    }

    @Test
    void dividingByAnIntervalHoldingZeroIsUnboundedNeverAnError() {
        Comparison comparison = Comparison.of(exactly("labour", 50), between("tories", "0", "10"));

        assertThat(comparison.ratio()).isEqualTo(Interval.atLeast(BigDecimal.valueOf(5)));
        assertThat(comparison.ratio().hasUpperBound()).isFalse();
        assertThat(comparison.percentChange().hasUpperBound()).isFalse();
        assertThat(comparison.direction()).isEqualTo(Direction.UP);
        assertThat(comparison.notes()).containsExactly("video_views{tories,facebook,ge2019} may be zero ([0, 10]),"
                + " so the ratio and the percent change have no bound");
    }

    @Test
    void dividingZeroByZeroIsTheWholeLine() {
        Comparison comparison = Comparison.of(exactly("labour", 0), exactly("tories", 0));

        assertThat(comparison.ratio()).isEqualTo(Interval.ALL);
        assertThat(comparison.percentChange()).isEqualTo(Interval.ALL);
        assertThat(comparison.direction()).isEqualTo(Direction.FLAT);
    }

    @Test
    void aMissingSeriesLeavesEverythingUndecidedAndSaysWhy() {
        Comparison comparison = Comparison.of(exactly("labour", 50), missing("tories"));

        assertThat(comparison.difference()).isEqualTo(Interval.ALL);
        assertThat(comparison.ratio()).isEqualTo(Interval.ALL);
        assertThat(comparison.direction()).isEqualTo(Direction.UNDECIDED);
        assertThat(comparison.notes()).containsExactly("video_views{tories,facebook,ge2019} has no value:"
                + " No observation and no coverage touches ge2019.");
    }

    @Test
    void differentMetricsAreComparedWithANoteThatDefinitionsDiffer() {
        Comparison comparison = Comparison.of(value("labour", "video_views", Interval.exactly(10), Optional.empty()),
                value("labour", "post_video_views", Interval.exactly(8), Optional.empty()));

        assertThat(comparison.direction()).isEqualTo(Direction.UP);
        assertThat(comparison.notes()).containsExactly(
                "the series are of different metrics (video_views, post_video_views): their definitions differ");
    }

    @Test
    void differentCurrenciesHaveARatioButNoDifferenceOrDirection() {
        Optional<Currency> gbp = Optional.of(Currency.getInstance("GBP"));
        Optional<Currency> usd = Optional.of(Currency.getInstance("USD"));

        Comparison comparison = Comparison.of(value("labour", "donations_amount", Interval.exactly(200), gbp),
                value("tories", "donations_amount", Interval.exactly(100), usd));

        assertThat(comparison.ratio()).isEqualTo(Interval.exactly(2));
        assertThat(comparison.difference()).isEqualTo(Interval.ALL);
        assertThat(comparison.direction()).isEqualTo(Direction.UNDECIDED);
        assertThat(comparison.notes()).containsExactly(
                "the series are in different units (GBP, USD), so they cannot be subtracted or ordered");
    }
}
