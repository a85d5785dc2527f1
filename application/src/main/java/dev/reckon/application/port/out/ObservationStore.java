package dev.reckon.application.port.out;

import dev.reckon.domain.observation.SeriesKey;
import java.util.List;
import java.util.Optional;

/**
 * Keeps observations and coverage by source. Each source's contribution is replaced as a whole,
 * so re-importing a file never leaves a mix of its old and new rows.
 */
public interface ObservationStore {

    /**
     * Starts replacing everything {@code record.source()} contributed. The record is stored with
     * the data when the write commits.
     */
    SourceWrite replaceSource(SourceRecord record);

    /** Removes a source and everything it contributed; does nothing for an unknown source. */
    void removeSource(String source);

    /**
     * The observations and coverage of one series key, from every source: sources in import order
     * (earlier {@code importedAt} first, then by name), each source's rows in the order written.
     * Within one write, a later observation with the same key replaces the earlier one, and equal
     * coverage is kept once ({@code ObservationStoreContract} in the test-jar pins this down).
     */
    SeriesData find(SeriesKey key);

    /** Every source imported, in name order. */
    List<SourceRecord> sources();

    Optional<SourceRecord> source(String source);
}
