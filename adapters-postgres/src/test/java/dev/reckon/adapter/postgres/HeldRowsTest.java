package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.number.Amount;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Window;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A write holds rows and sends them when its buffer is full: each series' rows go in time order,
 * yet come back in the order their windows first came, with a revised key's latest value, whether
 * the revision was held with the first row or sent after it.
 */
class HeldRowsTest {

    @Test
    void rowsOutOfTimeOrderAndRevisedAcrossSendsComeBackInTheOrderTheyCame() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(),
                EmbeddedDatabase.freshDossier(), PostgresDatabase.DEFAULT_LOCK_TIMEOUT, 3)) {
            try (SourceWrite write = store.replaceSource("views.csv")) {
                write.accept(Rows.views("views.csv", 5, 50));
                write.accept(Rows.views("views.csv", 3, 30));
                write.accept(Rows.views("views.csv", 3, 31)); // revised while both are held
                write.accept(Rows.views("views.csv", 1, 10)); // the buffer is full: sent
                write.accept(Rows.views("views.csv", 5, 55)); // revises a row sent before
                write.accept(Rows.views("views.csv", 0, 0));
                write.commit(Rows.record("views.csv", 6));
            }

            List<Observation> found = store.find(Rows.VIEWS).observations();

            assertThat(found).containsExactly(Rows.views("views.csv", 5, 55), Rows.views("views.csv", 3, 31),
                    Rows.views("views.csv", 1, 10), Rows.views("views.csv", 0, 0));
        }
    }

    @Test
    void rowsFlushedAreUnseenUntilTheCommitAndALaterRowStillRevisesThem() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(),
                EmbeddedDatabase.freshDossier())) {
            try (SourceWrite write = store.replaceSource("views.csv")) {
                write.accept(Rows.views("views.csv", 1, 10));
                write.accept(Rows.views("views.csv", 2, 20));
                write.flush();

                assertThat(store.find(Rows.VIEWS).observations()).isEmpty();

                write.accept(Rows.views("views.csv", 1, 11)); // revises a row flushed
                write.accept(Rows.views("views.csv", 3, 30));
                write.flush();
                write.commit(Rows.record("views.csv", 4));
            }

            assertThat(store.find(Rows.VIEWS).observations()).containsExactly(Rows.views("views.csv", 1, 11),
                    Rows.views("views.csv", 2, 20), Rows.views("views.csv", 3, 30));
        }
    }

    @Test
    void windowsBefore1970AndLargeLinesComeBackAsTheyWere() {
        try (PostgresObservationStore store = PostgresObservationStore.open(EmbeddedDatabase.location(),
                EmbeddedDatabase.freshDossier())) {
            Observation old = new Observation(Rows.VIEWS.subject(), Rows.VIEWS.platform(), Rows.VIEWS.metric(),
                    Window.ofDay(LocalDate.of(1960, 2, 29), ZoneOffset.UTC), Rows.VIEWS.segment(), Amount.exactly(-7),
                    new Provenance("views.csv", Long.MAX_VALUE, Optional.empty(), "import-1"));
            Observation late = Rows.views("views.csv", 2, Long.MAX_VALUE);
            try (SourceWrite write = store.replaceSource("views.csv")) {
                write.accept(old);
                write.accept(late);
                write.commit(Rows.record("views.csv", 2));
            }

            assertThat(store.find(Rows.VIEWS).observations()).containsExactly(old, late);
        }
    }
}
