package dev.reckon.report;

import dev.reckon.application.port.shared.SeriesSummary;
import java.time.LocalDate;

/**
 * One series a dossier holds, as {@code reckon data --format json} and {@code GET /api/v1/series}
 * give it: field names and meanings only ever grow. {@code segment} is empty for the total;
 * {@code first} and {@code last} are days of the dossier's zone, null for a series without any.
 */
public record SeriesView(String metric, String subject, String platform, String segment, String first, String last,
                         long daysCovered, long observations, long posts) {

    public static SeriesView of(SeriesSummary summary) {
        return new SeriesView(summary.key().metric().value(), summary.key().subject().id(), summary.key().platform().id(),
                summary.key().segment().toString(), summary.first().map(LocalDate::toString).orElse(null),
                summary.last().map(LocalDate::toString).orElse(null), summary.daysCovered(), summary.observations(),
                summary.posts());
    }
}
