package dev.reckon.domain.series;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Small builders that keep the series tests about the rules rather than about construction. */
final class SeriesFixtures {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Subject LABOUR = Subject.of("labour");
    static final Segment STOKE = Segment.of("town", "Stoke");
    static final Segment LEEDS = Segment.of("town", "Leeds");

    private SeriesFixtures() {
    }

    static LocalDate dec(int day) {
        return LocalDate.of(2019, 12, day);
    }

    static Metric metric(String id) {
        return MetricCatalogue.builtIn().find(new MetricId(id)).orElseThrow();
    }

    static Period period(LocalDate from, LocalDate toInclusive) {
        return Period.of("p", from, toInclusive, UTC);
    }

    static SeriesQuery query(String metric, Period period) {
        return SeriesQuery.of(new MetricId(metric), LABOUR, Platform.FACEBOOK, period);
    }

    static SeriesQuery query(String metric, Period period, Segment segment) {
        return new SeriesQuery(new MetricId(metric), LABOUR, Platform.FACEBOOK, period, segment);
    }

    static SeriesKey key(String metric, Segment segment) {
        return new SeriesKey(LABOUR, Platform.FACEBOOK, new MetricId(metric), segment);
    }

    static Window day(LocalDate day) {
        return Window.ofDay(day, UTC);
    }

    static Window days(LocalDate from, LocalDate toInclusive) {
        return Window.ofDays(from, toInclusive, UTC);
    }

    static Observation obs(String metric, Window window, long value) {
        return obs(metric, window, Interval.exactly(value), Segment.TOTAL, Provenance.of("export.csv"));
    }

    static Observation obs(String metric, Window window, Interval value, Segment segment, Provenance provenance) {
        return new Observation(LABOUR, Platform.FACEBOOK, new MetricId(metric), window, segment, Amount.of(value), provenance);
    }

    static Observation money(Window window, String amount, String currency) {
        return new Observation(LABOUR, Platform.FACEBOOK, new MetricId("donations_amount"), window, Segment.TOTAL,
                new Amount(Interval.exactly(amount), Optional.of(Currency.getInstance(currency))), Provenance.of("donations.csv"));
    }

    /** One observation per day from {@code first}, with the given values. */
    static List<Observation> daily(String metric, LocalDate first, long... values) {
        List<Observation> result = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            result.add(obs(metric, day(first.plusDays(i)), values[i]));
        }
        return result;
    }

    static Coverage coverage(String metric, Window window) {
        return new Coverage(key(metric, Segment.TOTAL), window, "export.csv");
    }

    static Observation sample(String metric, Instant at, long value) {
        return obs(metric, Window.at(at), value);
    }

    static SeriesValue aggregate(SeriesQuery query, List<Observation> observations, List<Coverage> coverage) {
        return SeriesAggregator.aggregate(query, metric(query.metric().value()), observations, coverage);
    }

    static List<Observation> concat(List<Observation> first, List<Observation> second) {
        List<Observation> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static long sum(long... values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
