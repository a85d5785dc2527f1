package dev.reckon.domain.series;

import static dev.reckon.domain.series.SeriesFixtures.aggregate;
import static dev.reckon.domain.series.SeriesFixtures.coverage;
import static dev.reckon.domain.series.SeriesFixtures.days;
import static dev.reckon.domain.series.SeriesFixtures.dec;
import static dev.reckon.domain.series.SeriesFixtures.obs;
import static dev.reckon.domain.series.SeriesFixtures.period;
import static dev.reckon.domain.series.SeriesFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Soundness: generated from a known truth, with coverage only where it is true (a covered day
 * without any observation really had nothing), the computed interval always holds the true value.
 */
class SeriesAggregationProperties {

    /** Days {@code first..last} (0-based from 1 December), inclusive. */
    record Span(int first, int last) {

        boolean contains(int day) {
            return first <= day && day <= last;
        }
    }

    record World<T>(List<T> truth, List<Span> observed, List<Span> covered, Span period) {

        /** Makes covered days that no observation touches empty, as a complete source promises. */
        World<T> honest(T nothing) {
            List<T> fixed = new ArrayList<>(truth);
            for (int day = 0; day < fixed.size(); day++) {
                int d = day;
                boolean covered = this.covered.stream().anyMatch(s -> s.contains(d));
                boolean observed = this.observed.stream().anyMatch(s -> s.contains(d));
                if (covered && !observed) {
                    fixed.set(day, nothing);
                }
            }
            return new World<>(fixed, observed, covered, period);
        }

        List<Coverage> coverage(String metric) {
            return covered.stream().map(s -> coverage(metric, s)).toList();
        }

        private static Coverage coverage(String metric, Span span) {
            return SeriesFixtures.coverage(metric, days(dec(1).plusDays(span.first()), dec(1).plusDays(span.last())));
        }

        List<Observation> observations(String metric, Function<Span, Long> valueOf) {
            return observed.stream().map(s -> obs(metric, days(dec(1).plusDays(s.first()), dec(1).plusDays(s.last())),
                    valueOf.apply(s))).toList();
        }

        SeriesQuery query(String metric) {
            return SeriesFixtures.query(metric,
                    SeriesFixtures.period(dec(1).plusDays(period.first()), dec(1).plusDays(period.last())));
        }
    }

    @FuzzTest
    void anAdditiveSumAlwaysHoldsTheTrueTotal(FuzzedDataProvider data) {
        World<Integer> world = additiveWorld(data).honest(0);
        Function<Span, Long> total = s -> world.truth().subList(s.first(), s.last() + 1).stream()
                .mapToLong(Integer::longValue).sum();

        SeriesValue value = aggregate(world.query("impressions"), world.observations("impressions", total),
                world.coverage("impressions"));

        if (value.hasValue()) {
            assertThat(value.value().contains(BigDecimal.valueOf(total.apply(world.period())))).isTrue();
        } else {
            assertThat(value.status()).isEqualTo(SeriesStatus.MISSING);
        }
    }

    @FuzzTest
    void aDistinctCountAlwaysHoldsTheTrueCountAndItsEndsAreOrdered(FuzzedDataProvider data) {
        World<Set<Integer>> world = distinctWorld(data).honest(Set.of());
        Function<Span, Long> reach = s -> {
            Set<Integer> people = new HashSet<>();
            world.truth().subList(s.first(), s.last() + 1).forEach(people::addAll);
            return (long) people.size();
        };

        SeriesValue value = aggregate(world.query("reach"), world.observations("reach", reach), world.coverage("reach"));

        if (value.hasValue()) {
            assertThat(value.value().contains(BigDecimal.valueOf(reach.apply(world.period())))).isTrue();
            BigDecimal lo = value.value().lo().orElseThrow();
            assertThat(lo.signum()).isNotNegative();
            value.value().hi().ifPresent(hi -> assertThat(lo).isLessThanOrEqualTo(hi));
        }
    }

    @FuzzTest
    void figuresThatContradictEachOtherStillGiveAnOrderedInterval(FuzzedDataProvider data) {
        String metric = data.pickValue(new String[] {"impressions", "reach", "followers"});
        World<Integer> world = additiveWorld(data);
        // Values unrelated to any truth: each window gets its own arbitrary count.
        SeriesValue value = aggregate(world.query(metric),
                world.observations(metric, s -> (long) (s.first() * 7 + s.last() * 13) % 40), world.coverage(metric));

        if (!value.hasValue()) {
            return;
        }
        Window period = world.query(metric).period().window();
        BigDecimal lo = value.value().lo().orElseThrow();
        switch (metric) {
            case "impressions" -> {
                assertThat(value.observations()).allMatch(o -> period.contains(o.window()));
                assertThat(lo).isEqualByComparingTo(SeriesInputs.sum(value.observations()).lo().orElseThrow());
            }
            case "reach" -> {
                assertThat(value.observations()).allMatch(o -> period.contains(o.window()));
                for (Observation used : value.observations()) {
                    value.value().hi().ifPresent(hi -> assertThat(hi).isGreaterThanOrEqualTo(used.value().lo().orElseThrow()));
                }
            }
            default -> assertThat(value.observations()).singleElement()
                    .satisfies(o -> assertThat(o.window().end()).isBeforeOrEqualTo(period.end()));
        }
    }

    @FuzzTest
    void fullCoverageWithDailyFiguresGivesThePlainSum(FuzzedDataProvider data) {
        List<Integer> values = new ArrayList<>();
        for (int day = 0, days = data.consumeInt(1, 31); day < days; day++) {
            values.add(data.consumeInt(0, 100_000));
        }
        List<Observation> dailies = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            dailies.add(obs("likes", SeriesFixtures.day(dec(1).plusDays(i)), values.get(i)));
        }
        SeriesQuery query = query("likes", period(dec(1), dec(values.size())));

        SeriesValue value = aggregate(query, dailies,
                List.of(coverage("likes", days(dec(1), dec(values.size())))));

        long plainSum = values.stream().mapToLong(Integer::longValue).sum();
        assertThat(value.value()).isEqualTo(Interval.exactly(plainSum));
        assertThat(value.gaps()).isEmpty();
    }

    private static World<Integer> additiveWorld(FuzzedDataProvider data) {
        return world(data, () -> data.consumeInt(0, 50));
    }

    private static World<Set<Integer>> distinctWorld(FuzzedDataProvider data) {
        return world(data, () -> {
            Set<Integer> people = new HashSet<>();
            for (int i = 0, count = data.consumeInt(0, 4); i < count; i++) {
                people.add(data.consumeInt(0, 7));
            }
            return people;
        });
    }

    /** One to twelve days of truth, up to ten observed spans, up to three covered spans and the period asked about. */
    private static <T> World<T> world(FuzzedDataProvider data, Supplier<T> dayTruth) {
        int days = data.consumeInt(1, 12);
        List<T> truth = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            truth.add(dayTruth.get());
        }
        return new World<>(truth, spans(data, days, 10), spans(data, days, 3), span(data, days));
    }

    private static List<Span> spans(FuzzedDataProvider data, int days, int most) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0, count = data.consumeInt(0, most); i < count; i++) {
            spans.add(span(data, days));
        }
        return spans;
    }

    private static Span span(FuzzedDataProvider data, int days) {
        int a = data.consumeInt(0, days - 1);
        int b = data.consumeInt(0, days - 1);
        return new Span(Math.min(a, b), Math.max(a, b));
    }
}
