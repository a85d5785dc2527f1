package dev.reckon.domain.claim;

import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What names in a check may refer to.
 *
 * @param catalogue     the metrics
 * @param subjects      the dossier's subjects, each with the name people know it by ("Jeremy Corbyn")
 * @param periods       the dossier's periods by name
 * @param segmentKeys   the segment keys the data holds ({@code town}, {@code country})
 * @param zone          the zone whose days an inline period ({@code 2021-12}) stands for
 * @param platforms     the platforms {@code *} ranges over in a platform selector
 * @param segmentValues the values of each segment key, which {@code by town} ranges over
 * @param accounts      the platforms each subject has an account on; a subject absent or with
 *                      none may be on any platform (its files then name it by its id)
 */
public record ClaimContext(MetricCatalogue catalogue, Map<Subject, String> subjects, Map<String, Period> periods,
                           Set<String> segmentKeys, ZoneId zone, Set<Platform> platforms,
                           Map<String, Set<String>> segmentValues, Map<Subject, Set<Platform>> accounts) {

    public ClaimContext {
        Objects.requireNonNull(catalogue, "catalogue is null");
        subjects = Collections.unmodifiableMap(new LinkedHashMap<>(subjects));
        periods = Map.copyOf(periods);
        segmentKeys = Set.copyOf(segmentKeys);
        Objects.requireNonNull(zone, "zone is null");
        platforms = Collections.unmodifiableSet(new LinkedHashSet<>(platforms));
        Map<String, Set<String>> values = new LinkedHashMap<>();
        segmentValues.forEach((key, keyValues) -> values.put(key, Collections.unmodifiableSet(new LinkedHashSet<>(keyValues))));
        segmentValues = Collections.unmodifiableMap(values);
        Map<Subject, Set<Platform>> on = new LinkedHashMap<>();
        accounts.forEach((subject, its) -> on.put(subject, Collections.unmodifiableSet(new LinkedHashSet<>(its))));
        accounts = Collections.unmodifiableMap(on);
    }

    /** A context that does not know which platforms each subject is on: every subject may be on every one. */
    public ClaimContext(MetricCatalogue catalogue, Map<Subject, String> subjects, Map<String, Period> periods,
                        Set<String> segmentKeys, ZoneId zone, Set<Platform> platforms,
                        Map<String, Set<String>> segmentValues) {
        this(catalogue, subjects, periods, segmentKeys, zone, platforms, segmentValues, Map.of());
    }

    /**
     * Whether {@code subject} may have data of its own on {@code platform}, which {@code *} then
     * ranges over: it has an account there, or declares none at all. A subject whose accounts are
     * all elsewhere has nothing on that platform, and counting it would only leave every set with
     * {@code *} without data ({@code all} is every subject's).
     */
    public boolean mayBeOn(Subject subject, Platform platform) {
        Set<Platform> on = accounts.getOrDefault(subject, Set.of());
        return platform == Platform.ALL || on.isEmpty() || on.contains(platform);
    }

    /**
     * A context that knows no zone, platforms or segment values of its own: inline periods are days
     * of the zone of the declared periods (UTC when there are none), {@code *} ranges over every
     * platform but {@code all}, and a segment key has no values to range over.
     */
    public ClaimContext(MetricCatalogue catalogue, Map<Subject, String> subjects, Map<String, Period> periods,
                        Set<String> segmentKeys) {
        this(catalogue, subjects, periods, segmentKeys,
                periods.values().stream().map(Period::zone).findFirst().orElse(ZoneOffset.UTC),
                everyPlatform(), Map.of());
    }

    /** A context with the built-in catalogue and no subjects or periods: enough for pure arithmetic. */
    public static ClaimContext arithmeticOnly() {
        return new ClaimContext(MetricCatalogue.builtIn(), Map.of(), Map.of(), Set.of());
    }

    private static Set<Platform> everyPlatform() {
        Set<Platform> platforms = new LinkedHashSet<>(Arrays.asList(Platform.values()));
        platforms.remove(Platform.ALL);
        return platforms;
    }
}
