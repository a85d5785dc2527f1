package dev.reckon.domain.series;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Window;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a series with everything that produced it.
 *
 * @param query        what was asked
 * @param status       whether a value could be computed
 * @param value        the interval; {@link Interval#ALL} unless the status is {@link SeriesStatus#VALUE}
 * @param currency     the currency of a money series
 * @param observations the observations the value was computed from
 * @param gaps         parts of the period no observation or coverage accounts for
 * @param rule         how the value was computed, or why it could not be, in plain English
 * @param notes        what else a reader should know (grains that disagree, a stale stock value)
 * @param disagreements the notes that say where the series' own figures disagree, each naming both
 *                     values and where they came from: a claim's sentence repeats them, since a
 *                     verdict over figures that contradict each other must say so where it is read
 */
public record SeriesValue(SeriesQuery query, SeriesStatus status, Interval value, Optional<Currency> currency,
                          List<Observation> observations, List<Window> gaps, String rule, List<String> notes,
                          List<String> disagreements) {

    public SeriesValue {
        Objects.requireNonNull(query, "query is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(currency, "currency is null");
        Objects.requireNonNull(rule, "rule is null");
        observations = List.copyOf(observations);
        gaps = List.copyOf(gaps);
        notes = List.copyOf(notes);
        disagreements = List.copyOf(disagreements);
        if (!notes.containsAll(disagreements)) {
            throw new IllegalArgumentException("every disagreement is also a note: " + disagreements);
        }
    }

    /** A value whose figures do not disagree. */
    public SeriesValue(SeriesQuery query, SeriesStatus status, Interval value, Optional<Currency> currency,
                       List<Observation> observations, List<Window> gaps, String rule, List<String> notes) {
        this(query, status, value, currency, observations, gaps, rule, notes, List.of());
    }

    public static SeriesValue missing(SeriesQuery query, String why) {
        return new SeriesValue(query, SeriesStatus.MISSING, Interval.ALL, Optional.empty(), List.of(),
                List.of(query.period().window()), why, List.of());
    }

    public static SeriesValue notAggregable(SeriesQuery query, String why) {
        return new SeriesValue(query, SeriesStatus.NOT_AGGREGABLE, Interval.ALL, Optional.empty(), List.of(),
                List.of(), why, List.of());
    }

    /**
     * This value with {@code more} notes after its own. For a missing value these are what would help
     * (the data there is instead); a claim's no-data sentence repeats them.
     */
    public SeriesValue withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new SeriesValue(query, status, value, currency, observations, gaps, rule, all, disagreements);
    }

    public boolean hasValue() {
        return status == SeriesStatus.VALUE;
    }
}
