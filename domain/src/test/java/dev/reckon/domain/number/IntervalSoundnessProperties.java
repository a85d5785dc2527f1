package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

/**
 * Interval arithmetic is sound: for exact values picked inside fuzzed intervals, the exact result
 * of an operation lies inside the interval the operation computes. The property is stated once,
 * in {@link #assertSound}, and applied to every operation.
 */
class IntervalSoundnessProperties {

    /** An interval with a value inside it. */
    record Sample(Interval interval, BigDecimal member) {
    }

    /** Ends in [-1,000,000, 1,000,000] with three decimals, and a member anywhere between them. */
    static Sample sample(FuzzedDataProvider data) {
        BigDecimal a = BigDecimal.valueOf(data.consumeLong(-1_000_000_000L, 1_000_000_000L), 3);
        BigDecimal b = BigDecimal.valueOf(data.consumeLong(-1_000_000_000L, 1_000_000_000L), 3);
        BigDecimal lo = a.min(b);
        BigDecimal hi = a.max(b);
        BigDecimal fraction = BigDecimal.valueOf(data.consumeInt(0, 10_000), 4);
        BigDecimal member = lo.add(hi.subtract(lo).multiply(fraction))
                .setScale(4, RoundingMode.HALF_EVEN).max(lo).min(hi);
        return new Sample(Interval.of(lo, hi), member);
    }

    @FuzzTest
    void additionIsSound(FuzzedDataProvider data) {
        assertSound(sample(data), sample(data), Interval::plus, BigDecimal::add);
    }

    @FuzzTest
    void subtractionIsSound(FuzzedDataProvider data) {
        assertSound(sample(data), sample(data), Interval::minus, BigDecimal::subtract);
    }

    @FuzzTest
    void multiplicationIsSound(FuzzedDataProvider data) {
        assertSound(sample(data), sample(data), Interval::times, BigDecimal::multiply);
    }

    @FuzzTest
    void divisionIsSound(FuzzedDataProvider data) {
        Sample x = sample(data);
        Sample y = sample(data);
        if (y.member().signum() != 0) {
            assertSound(x, y, Interval::dividedBy, (a, b) -> a.divide(b, new MathContext(60)));
        }
    }

    @FuzzTest
    void minMaxAndAbsAreSound(FuzzedDataProvider data) {
        Sample x = sample(data);
        Sample y = sample(data);
        assertSound(x, y, Interval::min, BigDecimal::min);
        assertSound(x, y, Interval::max, BigDecimal::max);
        assertThat(x.interval().abs().contains(x.member().abs())).isTrue();
        assertThat(x.interval().negate().contains(x.member().negate())).isTrue();
    }

    @FuzzTest
    void soundWithAnUnboundedUpperEnd(FuzzedDataProvider data) {
        Sample x = sample(data);
        Sample y = sample(data);
        Sample open = new Sample(x.interval().withoutUpperBound(), x.member());
        assertSound(open, y, Interval::plus, BigDecimal::add);
        assertSound(open, y, Interval::times, BigDecimal::multiply);
        if (y.member().signum() != 0) {
            assertSound(open, y, Interval::dividedBy, (a, b) -> a.divide(b, new MathContext(60)));
        }
    }

    private static void assertSound(Sample x, Sample y, BinaryOperator<Interval> op, BinaryOperator<BigDecimal> exact) {
        Interval computed = op.apply(x.interval(), y.interval());
        BigDecimal value = exact.apply(x.member(), y.member());
        assertThat(computed.contains(value))
                .as("%s op %s = %s should contain %s op %s = %s", x.interval(), y.interval(), computed,
                        x.member(), y.member(), value)
                .isTrue();
    }
}
