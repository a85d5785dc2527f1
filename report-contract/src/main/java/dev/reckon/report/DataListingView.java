package dev.reckon.report;

import dev.reckon.application.port.in.DataListing;
import java.util.List;

/** The answer of {@code reckon data --format json}. Field names and meanings only ever grow. */
public record DataListingView(String dossier, String zone, List<SeriesView> series) {

    public DataListingView {
        series = List.copyOf(series);
    }

    public static DataListingView of(DataListing listing) {
        return new DataListingView(listing.title(), listing.zone().getId(),
                listing.series().stream().map(SeriesView::of).toList());
    }
}
