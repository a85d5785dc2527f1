package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.observation.Observation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A store keeps the order of its dossier's sources between reads, for the dossier's version: a
 * re-import that moves a source to the end of the import order is seen by the next read.
 */
class SourceOrderKeptTest {

    @Test
    void aReimportedSourceComesLastInTheNextRead() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(),
                EmbeddedDatabase.freshDossier())) {
            importDay(store, "b.csv", 1, "2026-12-06T10:00:00Z");
            importDay(store, "a.csv", 2, "2026-12-06T11:00:00Z");
            assertThat(store.find(Rows.VIEWS).observations()).extracting(o -> o.provenance().source())
                    .containsExactly("b.csv", "a.csv");

            importDay(store, "b.csv", 1, "2026-12-06T12:00:00Z");

            assertThat(store.find(Rows.VIEWS).observations()).extracting(o -> o.provenance().source())
                    .containsExactly("a.csv", "b.csv");
        }
    }

    private static void importDay(PostgresObservationStore store, String source, int day, String importedAt) {
        try (SourceWrite write = store.replaceSource(source)) {
            Observation row = Rows.views(source, day, 100);
            write.accept(row);
            write.commit(new SourceRecord(source, 10, "hash-of-" + source, "canonical", Instant.parse(importedAt), 1,
                    1, 0));
        }
    }
}
