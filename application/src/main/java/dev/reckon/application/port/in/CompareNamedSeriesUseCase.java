package dev.reckon.application.port.in;

import java.util.List;

/**
 * Compares series written as in a check ({@code video_views{labour, facebook, ge2019}}) over the
 * dossier's stored data: two give a comparison, more a ranking.
 */
public interface CompareNamedSeriesUseCase {

    /** @throws SeriesTextsException naming each series text that cannot be read or resolved, by index */
    CompareSeriesResult compare(List<String> series) throws SeriesTextsException;
}
