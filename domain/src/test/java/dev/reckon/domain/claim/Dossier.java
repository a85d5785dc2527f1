package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesSource;
import dev.reckon.domain.series.SeriesStatus;
import dev.reckon.domain.series.SeriesValue;
import dev.reckon.domain.observation.Window;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small dossier for claim tests: subjects, periods, and hand-written series values. */
final class Dossier {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final ClaimContext CONTEXT = new ClaimContext(MetricCatalogue.builtIn(),
            Map.of(Subject.of("labour"), "Labour", Subject.of("jc"), "Jeremy Corbyn",
                    Subject.of("johnson"), "Boris Johnson", Subject.of("conservatives"), "the Conservatives"),
            Map.of("ge2017", Period.of("ge2017", LocalDate.of(2017, 4, 18), LocalDate.of(2017, 6, 8), LONDON),
                    "ge2019", Period.of("ge2019", LocalDate.of(2019, 11, 6), LocalDate.of(2019, 12, 12), LONDON),
                    "final28", Period.of("final28", LocalDate.of(2019, 11, 15), LocalDate.of(2019, 12, 12), LONDON),
                    "polling-day", Period.onDay("polling-day", LocalDate.of(2019, 12, 12), LONDON)),
            Set.of("town", "city"));

    private final Map<String, SeriesValue> byRef = new HashMap<>();
    private final Map<String, Interval> values = new HashMap<>();
    private final Map<String, Currency> currencies = new HashMap<>();
    private final Map<String, String> notAggregable = new HashMap<>();
    private final Map<String, Boolean> incomplete = new HashMap<>();
    final List<SeriesQuery> asked = new ArrayList<>();

    /** {@code ref} as {@link SeriesQuery#ref()} writes it: {@code video_views{labour,facebook,ge2019}}. */
    Dossier with(String ref, Interval value) {
        values.put(ref, value);
        return this;
    }

    Dossier with(String ref, String exactValue) {
        return with(ref, Interval.exactly(exactValue));
    }

    Dossier withMoney(String ref, String exactValue, String currency) {
        currencies.put(ref, Currency.getInstance(currency));
        return with(ref, exactValue);
    }

    /** A value over a period part of which no source covers. */
    Dossier withGap(String ref, Interval value) {
        incomplete.put(ref, true);
        return with(ref, value);
    }

    Dossier notAggregable(String ref, String why) {
        notAggregable.put(ref, why);
        return this;
    }

    SeriesSource source() {
        return query -> {
            asked.add(query);
            String ref = query.ref();
            if (notAggregable.containsKey(ref)) {
                return SeriesValue.notAggregable(query, notAggregable.get(ref));
            }
            if (!values.containsKey(ref)) {
                return byRef.getOrDefault(ref, SeriesValue.missing(query, "no observation or coverage touches the period"));
            }
            List<Window> gaps = incomplete.containsKey(ref) ? List.of(query.period().window()) : List.of();
            return new SeriesValue(query, SeriesStatus.VALUE, values.get(ref), Optional.ofNullable(currencies.get(ref)),
                    List.of(), gaps, "hand-written in the test", List.of());
        };
    }

    ClaimChecker checker() {
        return new ClaimChecker(CONTEXT, source());
    }

    ClaimResult check(String check) {
        return checker().check(Claim.of("c1", check));
    }
}
