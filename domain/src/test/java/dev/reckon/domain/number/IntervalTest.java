package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static Interval iv(String lo, String hi) {
        return Interval.of(lo, hi);
    }

    private static Interval exact(String v) {
        return Interval.exactly(v);
    }

    @Nested
    class Printing {
        @Test
        void printsPlainDecimalsWithoutExponentOrTrailingZeros() {
            assertThat(iv("324.5E6", "325.50E6")).hasToString("[324500000, 325500000]");
            assertThat(iv("0.50350", "0.5045")).hasToString("[0.5035, 0.5045]");
        }

        @Test
        void printsUnboundedEndsAsInfinities() {
            assertThat(Interval.atLeast(new BigDecimal("26906"))).hasToString("[26906, +inf]");
            assertThat(Interval.atMost(BigDecimal.ONE)).hasToString("[-inf, 1]");
            assertThat(Interval.ALL).hasToString("[-inf, +inf]");
        }

        @Test
        void endTextsAreExactDecimalStrings() {
            Interval value = iv("350000.00", "350000");
            assertThat(value.loText()).isEqualTo("350000");
            assertThat(value.hiText()).isEqualTo("350000");
            assertThat(Interval.NON_NEGATIVE.hiText()).isEqualTo("+inf");
            assertThat(Interval.ALL.loText()).isEqualTo("-inf");
        }
    }

    @Nested
    class Construction {
        @Test
        void refusesAnInvertedInterval() {
            assertThatThrownBy(() -> iv("2", "1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lower end 2 is above its upper end 1");
        }

        @Test
        void equalityIsNumericNotByScale() {
            assertThat(exact("1.0")).isEqualTo(exact("1")).hasSameHashCodeAs(exact("1"));
            assertThat(exact("1")).isNotEqualTo(Interval.atLeast(BigDecimal.ONE));
        }

        @Test
        void exactnessAndBounds() {
            assertThat(exact("3").isExact()).isTrue();
            assertThat(iv("3", "4").isExact()).isFalse();
            assertThat(Interval.NON_NEGATIVE.isBounded()).isFalse();
            assertThat(iv("3", "4").width()).contains(BigDecimal.ONE);
            assertThat(Interval.NON_NEGATIVE.width()).isEmpty();
            assertThat(iv("3", "4").midpoint()).contains(new BigDecimal("3.5"));
        }
    }

    @Nested
    class Arithmetic {
        @Test
        void addsAndSubtractsEndByEnd() {
            assertThat(iv("1", "2").plus(iv("10", "20"))).isEqualTo(iv("11", "22"));
            assertThat(iv("1", "2").minus(iv("10", "20"))).isEqualTo(iv("-19", "-8"));
        }

        @Test
        void anUnboundedEndStaysUnbounded() {
            Interval sum = Interval.atLeast(new BigDecimal("100")).plus(iv("1", "2"));
            assertThat(sum).isEqualTo(Interval.atLeast(new BigDecimal("101")));
            assertThat(Interval.atLeast(BigDecimal.ONE).minus(iv("1", "2"))).isEqualTo(Interval.atLeast(new BigDecimal("-1")));
        }

        @Test
        void multipliesAcrossSigns() {
            assertThat(iv("-2", "3").times(iv("4", "5"))).isEqualTo(iv("-10", "15"));
            assertThat(iv("-2", "-1").times(iv("-3", "4"))).isEqualTo(iv("-8", "6"));
        }

        @Test
        void zeroTimesAnUnboundedIntervalIsZero() {
            assertThat(Interval.ZERO.times(Interval.NON_NEGATIVE)).isEqualTo(Interval.ZERO);
            assertThat(iv("2", "3").times(Interval.NON_NEGATIVE)).isEqualTo(Interval.NON_NEGATIVE);
            assertThat(iv("-3", "-2").times(Interval.NON_NEGATIVE)).isEqualTo(Interval.atMost(BigDecimal.ZERO));
        }

        @Test
        void dividesExactlyWhenTheQuotientTerminates() {
            assertThat(exact("85327").dividedBy(exact("4"))).isEqualTo(exact("21331.75"));
        }

        @Test
        void roundsANonTerminatingQuotientOutward() {
            Interval third = exact("1").dividedBy(exact("3"));
            assertThat(third.isExact()).isFalse();
            assertThat(third.lo().orElseThrow()).isLessThan(new BigDecimal("0.33333333333333333333333333333333334"));
            assertThat(third.contains(new BigDecimal("0.3333333333333333333333333333333333333333"))).isTrue();
            assertThat(third.width().orElseThrow()).isLessThan(new BigDecimal("1E-30"));
        }

        @Test
        void dividingByAnIntervalContainingZeroInsideGivesTheWholeLine() {
            assertThat(exact("5").dividedBy(iv("-1", "1"))).isEqualTo(Interval.ALL);
        }

        @Test
        void dividingByAnIntervalStartingAtZeroGivesAHalfLine() {
            assertThat(exact("6").dividedBy(iv("0", "3"))).isEqualTo(Interval.atLeast(new BigDecimal("2")));
            assertThat(exact("6").dividedBy(iv("-3", "0"))).isEqualTo(Interval.atMost(new BigDecimal("-2")));
        }

        @Test
        void dividingByExactZeroIsUndefinedAndNeverThrows() {
            assertThat(exact("6").dividedBy(Interval.ZERO)).isEqualTo(Interval.ALL);
            assertThat(Interval.ZERO.dividedBy(Interval.ZERO)).isEqualTo(Interval.ALL);
        }

        @Test
        void theChangeFromARangeIsEveryChangeItsValuesCanMake() {
            // (a - b) / b over a in [90, 110], b in [100, 200] is a / b - 1: -55% to +10%, not -110% to +10%
            assertThat(iv("90", "110").changeFrom(iv("100", "200"))).isEqualTo(iv("-0.55", "0.1"));
            assertThat(exact("150").changeFrom(exact("100"))).isEqualTo(exact("0.5"));
            assertThat(iv("1", "2").changeFrom(Interval.atLeast(new BigDecimal("4")))).isEqualTo(iv("-1", "-0.5"));
        }

        @Test
        void theChangeFromARangeThatMayBeZeroIsUnbounded() {
            assertThat(exact("6").changeFrom(iv("0", "3")).hasUpperBound()).isFalse();
            assertThat(exact("6").changeFrom(Interval.ZERO)).isEqualTo(Interval.ALL);
        }

        @Test
        void dividingByAnIntervalAwayFromZeroTakesTheExtremeQuotients() {
            assertThat(iv("6", "12").dividedBy(iv("2", "3"))).isEqualTo(iv("2", "6"));
            assertThat(iv("-6", "12").dividedBy(iv("-3", "-2"))).isEqualTo(iv("-6", "3"));
        }

        @Test
        void dividingByAnUnboundedIntervalAwayFromZero() {
            assertThat(exact("10").dividedBy(Interval.atLeast(new BigDecimal("5")))).isEqualTo(iv("0", "2"));
        }

        @Test
        void absFoldsAnIntervalAcrossZero() {
            assertThat(iv("-5", "3").abs()).isEqualTo(iv("0", "5"));
            assertThat(iv("-5", "-3").abs()).isEqualTo(iv("3", "5"));
            assertThat(iv("3", "5").abs()).isEqualTo(iv("3", "5"));
            assertThat(Interval.atMost(new BigDecimal("-2")).abs()).isEqualTo(Interval.atLeast(new BigDecimal("2")));
            assertThat(Interval.ALL.abs()).isEqualTo(Interval.NON_NEGATIVE);
        }

        @Test
        void minAndMaxTakeEndByEnd() {
            assertThat(iv("1", "10").max(iv("5", "6"))).isEqualTo(iv("5", "10"));
            assertThat(iv("1", "10").min(iv("5", "6"))).isEqualTo(iv("1", "6"));
            assertThat(Interval.NON_NEGATIVE.min(iv("5", "6"))).isEqualTo(iv("0", "6"));
            assertThat(Interval.NON_NEGATIVE.max(iv("5", "6"))).isEqualTo(Interval.atLeast(new BigDecimal("5")));
        }
    }

    @Nested
    class Relations {
        @Test
        void containment() {
            assertThat(iv("1", "10").contains(iv("2", "3"))).isTrue();
            assertThat(iv("1", "10").contains(iv("2", "11"))).isFalse();
            assertThat(Interval.NON_NEGATIVE.contains(iv("2", "11"))).isTrue();
            assertThat(iv("1", "10").contains(Interval.NON_NEGATIVE)).isFalse();
            assertThat(iv("1", "10").contains(BigDecimal.TEN)).isTrue();
        }

        @Test
        void overlapIncludesTouchingEnds() {
            assertThat(iv("1", "2").overlaps(iv("2", "3"))).isTrue();
            assertThat(iv("1", "2").overlaps(iv("2.1", "3"))).isFalse();
            assertThat(Interval.NON_NEGATIVE.overlaps(iv("-2", "-1"))).isFalse();
            assertThat(Interval.ALL.overlaps(iv("-2", "-1"))).isTrue();
        }

        @Test
        void strictOrder() {
            assertThat(iv("1", "2").isEntirelyBelow(iv("2.5", "3"))).isTrue();
            assertThat(iv("1", "2").isEntirelyBelow(iv("2", "3"))).isFalse();
            assertThat(iv("2.5", "3").isEntirelyAbove(iv("1", "2"))).isTrue();
            assertThat(Interval.NON_NEGATIVE.isEntirelyBelow(iv("5", "6"))).isFalse();
        }
    }
}
