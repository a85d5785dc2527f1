package dev.reckon.domain.series;

import dev.reckon.domain.metric.AggregationKind;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Coverage;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives a series its value from observations and coverage, by the rules of docs/semantics.md#aggregation.
 *
 * <ul>
 *   <li>Observations with the same key (series and window) count once; when their values differ,
 *       the later export wins ({@code exportedAt}, else the one listed later) and a note keeps
 *       both.</li>
 *   <li>A series is missing when no observation and no coverage touches its period.</li>
 *   <li>Only observations of the query's own series key are read: a series with a segment reads
 *       that segment, a total reads totals; segments are never added into a total.</li>
 *   <li>Money must be in one currency; otherwise the series is not aggregable.</li>
 *   <li>Additive, distinct and stock metrics each follow their own rule (see
 *       {@link AdditiveAggregation}, {@link DistinctAggregation}, {@link StockAggregation}).</li>
 * </ul>
 *
 * Pure: the same inputs give the same value.
 */
public final class SeriesAggregator {

    private SeriesAggregator() {
    }

    /** Looks the metric up in the catalogue; an unknown metric is not aggregable, with the reason. */
    public static SeriesValue aggregate(SeriesQuery query, MetricCatalogue catalogue, List<Observation> observations,
                                        List<Coverage> coverage) {
        Objects.requireNonNull(query, "query is null");
        Objects.requireNonNull(catalogue, "catalogue is null");
        return catalogue.find(query.metric())
                .map(metric -> aggregate(query, metric, observations, coverage))
                .orElseGet(() -> SeriesValue.notAggregable(query, "There is no metric called '" + query.metric()
                        + "' in the catalogue."));
    }

    /**
     * The value of {@code query}, whose metric is {@code metric}, from the observations and
     * coverage of its series key (others are ignored).
     */
    public static SeriesValue aggregate(SeriesQuery query, Metric metric, List<Observation> observations,
                                        List<Coverage> coverage) {
        Objects.requireNonNull(query, "query is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(observations, "observations is null");
        Objects.requireNonNull(coverage, "coverage is null");
        if (!metric.id().equals(query.metric())) {
            throw new IllegalArgumentException("query " + query + " is not of metric " + metric.id());
        }
        List<Observation> ofSeries = observations.stream().filter(o -> o.seriesKey().equals(query.key())).toList();
        List<Coverage> coverageOfSeries = coverage.stream().filter(c -> c.series().equals(query.key())).toList();
        Deduplication unique = Deduplication.of(ofSeries, query.period().zone());
        Window period = query.period().window();
        List<Observation> touching = unique.kept().stream().filter(o -> o.window().overlaps(period)).toList();
        boolean covered = coverageOfSeries.stream().anyMatch(c -> c.window().overlaps(period));
        if (metric.kind() != AggregationKind.STOCK && touching.isEmpty() && !covered) {
            return SeriesValue.missing(query, "No observation and no coverage touches " + query.period() + ".");
        }
        List<Observation> relevant = metric.kind() == AggregationKind.STOCK
                ? unique.kept().stream().filter(o -> !o.window().end().isAfter(period.end())).toList()
                : touching;
        Set<Optional<Currency>> currencies = relevant.stream().map(Observation::currency).collect(Collectors.toSet());
        if (currencies.size() > 1) {
            return SeriesValue.notAggregable(query, "The " + metric.id() + " figures are in different currencies ("
                    + describe(currencies) + "); money in different currencies cannot be added or compared.");
        }
        Optional<Currency> currency = currencies.stream().findFirst().orElse(Optional.empty());
        SeriesInputs inputs = new SeriesInputs(query, unique.kept(), coverageOfSeries, unique.revisions(), currency);
        return switch (metric.kind()) {
            case ADDITIVE -> AdditiveAggregation.aggregate(inputs);
            case DISTINCT -> DistinctAggregation.aggregate(inputs);
            case STOCK -> StockAggregation.aggregate(inputs);
        };
    }

    /**
     * The sum of several segments of one series, as {@code sum(...)} in a check asks. Additive and
     * stock metrics are summed (a stock sums over segments); a distinct count is not aggregable,
     * since one person may be in several segments. A missing or non-aggregable part makes the
     * whole so. The result's query names the segments joined with {@code +}, as in
     * {@code town=Stoke+Leeds}.
     */
    public static SeriesValue union(List<SeriesValue> parts, Metric metric) {
        Objects.requireNonNull(parts, "parts is null");
        Objects.requireNonNull(metric, "metric is null");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a union needs at least one series");
        }
        SeriesQuery query = unionQuery(parts);
        Optional<String> mismatch = mismatch(parts, metric);
        if (mismatch.isPresent()) {
            return SeriesValue.notAggregable(query, mismatch.get());
        }
        if (metric.kind() == AggregationKind.DISTINCT) {
            return SeriesValue.notAggregable(query, metric.id() + " cannot be added across segments: people may be"
                    + " in several, so the sum could count someone twice.");
        }
        for (SeriesValue part : parts) {
            if (part.status() == SeriesStatus.MISSING) {
                return SeriesValue.missing(query, "No data for " + part.query().ref() + ": " + part.rule());
            }
            if (part.status() == SeriesStatus.NOT_AGGREGABLE) {
                return SeriesValue.notAggregable(query, part.query().ref() + ": " + part.rule());
            }
        }
        Set<Optional<Currency>> currencies = parts.stream().map(SeriesValue::currency).collect(Collectors.toSet());
        if (currencies.size() > 1) {
            return SeriesValue.notAggregable(query, "The segments are in different currencies (" + describe(currencies)
                    + "); money in different currencies cannot be added.");
        }
        Interval total = Interval.ZERO;
        List<Observation> observations = new ArrayList<>();
        List<Window> gaps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        for (SeriesValue part : parts) {
            total = total.plus(part.value());
            observations.addAll(part.observations());
            gaps.addAll(part.gaps());
            part.notes().forEach(note -> notes.add(part.query().segment() + ": " + note));
            part.disagreements().forEach(note -> disagreements.add(part.query().segment() + ": " + note));
        }
        String rule = "Sum of " + parts.size() + " segments ("
                + parts.stream().map(p -> p.query().segment() + " " + EvidenceWording.amount(p.value()))
                        .collect(Collectors.joining(", ")) + ").";
        return new SeriesValue(query, SeriesStatus.VALUE, total, parts.get(0).currency(), observations,
                TimeSet.of(gaps).windows(), rule, notes, disagreements);
    }

    private static Optional<String> mismatch(List<SeriesValue> parts, Metric metric) {
        SeriesQuery first = parts.get(0).query();
        Set<Segment> seen = new HashSet<>();
        for (SeriesValue part : parts) {
            SeriesQuery q = part.query();
            if (!q.metric().equals(metric.id())) {
                return Optional.of(q.ref() + " is not a series of " + metric.id() + ".");
            }
            if (!q.subject().equals(first.subject()) || q.platform() != first.platform()
                    || !q.period().equals(first.period())) {
                return Optional.of("Only segments of one series can be added: " + first.ref() + " and " + q.ref()
                        + " differ in more than their segment.");
            }
            if (q.segment().isTotal()) {
                return Optional.of(q.ref() + " is a total, not a segment: adding it to segments would count it twice.");
            }
            if (!seen.add(q.segment())) {
                return Optional.of("The segment " + q.segment() + " is listed twice.");
            }
        }
        return Optional.empty();
    }

    private static SeriesQuery unionQuery(List<SeriesValue> parts) {
        SeriesQuery first = parts.get(0).query();
        if (parts.size() == 1) {
            return first;
        }
        String keys = parts.stream().map(p -> p.query().segment().key()).filter(k -> !k.isEmpty()).distinct()
                .collect(Collectors.joining("+"));
        String values = parts.stream().map(p -> p.query().segment().value()).filter(v -> !v.isEmpty())
                .collect(Collectors.joining("+"));
        Segment joined = keys.isEmpty() ? Segment.TOTAL : Segment.of(keys, values);
        return new SeriesQuery(first.metric(), first.subject(), first.platform(), first.period(), joined);
    }

    private static String describe(Set<Optional<Currency>> currencies) {
        return currencies.stream().map(c -> c.map(Currency::getCurrencyCode).orElse("no currency")).sorted()
                .collect(Collectors.joining(", "));
    }
}
