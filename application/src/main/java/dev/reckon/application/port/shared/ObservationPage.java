package dev.reckon.application.port.shared;

import dev.reckon.domain.observation.Observation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing, in {@link ObservationCursor#ORDER}.
 *
 * @param observations the observations on it
 * @param next         where the next page starts; empty on the last page
 */
public record ObservationPage(List<Observation> observations, Optional<ObservationCursor> next) {

    public ObservationPage {
        observations = List.copyOf(observations);
        Objects.requireNonNull(next, "next is null");
    }

    /**
     * The page of {@code sorted} (matching observations in listing order, at most one more than the
     * limit) that {@code limit} allows: a further observation means there is a next page.
     */
    public static ObservationPage of(List<Observation> sorted, int limit) {
        if (sorted.size() <= limit) {
            return new ObservationPage(sorted, Optional.empty());
        }
        List<Observation> page = sorted.subList(0, limit);
        return new ObservationPage(page, Optional.of(ObservationCursor.of(page.get(limit - 1))));
    }
}
