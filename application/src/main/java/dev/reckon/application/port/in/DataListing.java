package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.SeriesSummary;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Every series a dossier holds, in key order, with the zone its days are counted in. */
public record DataListing(String title, ZoneId zone, List<SeriesSummary> series) {

    public DataListing {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(zone, "zone is null");
        series = List.copyOf(series);
    }
}
