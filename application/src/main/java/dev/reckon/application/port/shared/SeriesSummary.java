package dev.reckon.application.port.shared;

import dev.reckon.domain.observation.SeriesKey;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dossier holds of one series, for a user asking "what is in here?".
 *
 * @param key          subject, platform, metric and segment
 * @param first        the first day (of the dossier's zone) an observation or coverage window touches
 * @param last         the last such day
 * @param daysCovered  the days that coverage declares complete, whole or in part
 * @param observations the observations held, every source's
 * @param posts        the posts with a value of the metric, every post for {@code posts} (once each, their latest export)
 */
public record SeriesSummary(SeriesKey key, Optional<LocalDate> first, Optional<LocalDate> last, long daysCovered,
                            long observations, long posts) {

    public SeriesSummary {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(last, "last is null");
    }
}
