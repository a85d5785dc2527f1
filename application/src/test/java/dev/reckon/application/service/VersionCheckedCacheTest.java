package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.fixture.CountingStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.fixture.ObservationStoreContract;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SeriesData;
import dev.reckon.application.port.out.SourceWrite;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cache keeps the store's contract, and reads the store again only when its version changed. */
class VersionCheckedCacheTest extends ObservationStoreContract {

    @Override
    protected ObservationStore newStore() {
        return new VersionCheckedCache(new InMemoryObservationStore(), 2);
    }

    @Test
    void aSeriesIsReadOnceUntilAWriteChangesTheVersion() {
        CountingStore counting = new CountingStore(new InMemoryObservationStore());
        VersionCheckedCache cache = new VersionCheckedCache(counting, 10);
        commit(counting, "a.csv", 1);

        SeriesData first = cache.find(LABOUR_VIEWS);
        cache.find(LABOUR_VIEWS);
        cache.segmentKeys();
        cache.segmentKeys();
        assertThat(counting.finds()).isEqualTo(1);
        assertThat(counting.segmentKeyReads()).isEqualTo(1);

        // A write straight to the store, as another process would make it.
        commit(counting, "b.csv", 2);
        SeriesData second = cache.find(LABOUR_VIEWS);

        assertThat(counting.finds()).isEqualTo(2);
        assertThat(first.observations()).hasSize(1);
        assertThat(second.observations()).hasSize(2);
    }

    @Test
    void pastItsSizeItReadsTheStoreEachTime() {
        CountingStore counting = new CountingStore(new InMemoryObservationStore());
        VersionCheckedCache cache = new VersionCheckedCache(counting, 1);

        cache.find(LABOUR_VIEWS);
        cache.find(TORY_VIEWS);
        cache.find(TORY_VIEWS);
        cache.find(LABOUR_VIEWS);

        assertThat(counting.finds()).isEqualTo(3);
    }

    private static void commit(ObservationStore store, String source, int day) {
        try (SourceWrite write = store.replaceSource(source)) {
            write.accept(views(LABOUR_VIEWS, day(day), day, source, 2));
            write.commit(record(source, Instant.parse("2026-01-01T00:00:00Z")));
        }
    }
}
