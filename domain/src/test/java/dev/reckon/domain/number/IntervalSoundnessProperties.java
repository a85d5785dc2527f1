package dev.reckon.domain.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.BinaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Interval arithmetic is sound: for exact values picked inside random intervals, the exact result
 * of an operation lies inside the interval the operation computes.
 */
class IntervalSoundnessProperties {

    /** An interval with a value inside it. */
    record Sample(Interval interval, BigDecimal member) {
    }

    @Provide
    Arbitrary<Sample> samples() {
        Arbitrary<BigDecimal> decimals = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(3);
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(decimals, decimals, fraction).as((a, b, f) -> {
            BigDecimal lo = a.min(b);
            BigDecimal hi = a.max(b);
            BigDecimal member = lo.add(hi.subtract(lo).multiply(BigDecimal.valueOf(f)))
                    .setScale(4, java.math.RoundingMode.HALF_EVEN).max(lo).min(hi);
            return new Sample(Interval.of(lo, hi), member);
        });
    }

    @Property
    void additionIsSound(@ForAll("samples") Sample x, @ForAll("samples") Sample y) {
        assertSound(x, y, Interval::plus, BigDecimal::add);
    }

    @Property
    void subtractionIsSound(@ForAll("samples") Sample x, @ForAll("samples") Sample y) {
        assertSound(x, y, Interval::minus, BigDecimal::subtract);
    }

    @Property
    void multiplicationIsSound(@ForAll("samples") Sample x, @ForAll("samples") Sample y) {
        assertSound(x, y, Interval::times, BigDecimal::multiply);
    }

    @Property
    void divisionIsSound(@ForAll("samples") Sample x, @ForAll("samples") Sample y) {
        if (y.member().signum() == 0) {
            return;
        }
        assertSound(x, y, Interval::dividedBy, (a, b) -> a.divide(b, new MathContext(60)));
    }

    @Property
    void minMaxAndAbsAreSound(@ForAll("samples") Sample x, @ForAll("samples") Sample y) {
        assertSound(x, y, Interval::min, BigDecimal::min);
        assertSound(x, y, Interval::max, BigDecimal::max);
        assertThat(x.interval().abs().contains(x.member().abs())).isTrue();
        assertThat(x.interval().negate().contains(x.member().negate())).isTrue();
    }

    @Property
    void soundWithAnUnboundedUpperEnd(@ForAll("samples") Sample x, @ForAll("samples") Sample y) {
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
