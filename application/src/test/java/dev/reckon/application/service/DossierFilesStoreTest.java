package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DossierFilesStoreTest {

    private final InMemoryObservationStore store = new InMemoryObservationStore();

    @Test
    void theApisSourcesAreHiddenSoLoadingTheDossierNeverPrunesThem() {
        commit("data/views.csv");
        commit("api/observations/abc");
        commit("api/imports/x.csv");

        DossierFilesStore files = new DossierFilesStore(store);

        assertThat(files.sources()).extracting(SourceRecord::source).containsExactly("data/views.csv");
        assertThat(files.source("api/imports/x.csv")).isEmpty();
        assertThat(files.source("data/views.csv")).isPresent();
        files.removeSource("data/views.csv");
        assertThat(store.sources()).extracting(SourceRecord::source)
                .containsExactly("api/imports/x.csv", "api/observations/abc");
    }

    private void commit(String source) {
        try (SourceWrite write = store.replaceSource(source)) {
            write.commit(new SourceRecord(source, 1, "00", "canonical-csv", Instant.parse("2026-01-01T00:00:00Z"), 0, 0, 0));
        }
    }
}
