package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.out.SourceWrite;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two imports of one dossier take turns on its advisory lock; imports of two dossiers do not wait. */
class WritersTakeTurnsTest {

    private final String dossier = EmbeddedDatabase.freshDossier();

    @Test
    void aSecondImportOfTheDossierWaitsForTheFirst() throws Exception {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier)) {
            SourceWrite first = store.replaceSource("a.csv");
            first.accept(Rows.views("a.csv", 0, 1));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                try (SourceWrite write = store.replaceSource("b.csv")) {
                    write.accept(Rows.views("b.csv", 1, 2));
                    write.commit(Rows.record("b.csv", 1));
                }
            });
            Thread.sleep(500);
            assertThat(second).as("the second import waits for the dossier's lock").isNotDone();

            first.commit(Rows.record("a.csv", 1));
            second.get(30, TimeUnit.SECONDS);
            assertThat(store.sources()).hasSize(2);
        }
    }

    @Test
    void anImportThatWaitsTooLongFailsCleanlyChangingNothing() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier);
             PostgresObservationStore impatient = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier,
                     Duration.ofMillis(300));
             SourceWrite first = store.replaceSource("a.csv")) {
            first.accept(Rows.views("a.csv", 0, 1));

            assertThatThrownBy(() -> impatient.replaceSource("b.csv"))
                    .isInstanceOf(ObservationStoreException.class)
                    .hasMessageContaining("is busy: another Reckon process has been writing this dossier")
                    .hasMessageContaining("importing b.csv did not start. Nothing was changed");

            first.commit(Rows.record("a.csv", 1));
            assertThat(impatient.sources()).extracting(r -> r.source()).containsExactly("a.csv");
        }
    }

    @Test
    void importsOfTwoDossiersRunSideBySide() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(), dossier);
             PostgresObservationStore other = PostgresObservationStore.open(EmbeddedDatabase.location(),
                     EmbeddedDatabase.freshDossier(), Duration.ofMillis(300));
             SourceWrite first = store.replaceSource("a.csv");
             SourceWrite second = other.replaceSource("a.csv")) {
            first.accept(Rows.views("a.csv", 0, 1));
            second.accept(Rows.views("a.csv", 0, 2));
            second.commit(Rows.record("a.csv", 1));
            first.commit(Rows.record("a.csv", 1));
            assertThat(store.find(Rows.VIEWS).observations()).hasSize(1);
            assertThat(other.find(Rows.VIEWS).observations()).hasSize(1);
        }
    }
}
