package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.domain.claim.Claim;
import org.junit.jupiter.api.Test;

/** Two dossiers in one database share nothing: not a source of the same name, not a series, not a claim. */
class TwoDossiersApartTest {

    private final String first = EmbeddedDatabase.freshDossier();
    private final String second = EmbeddedDatabase.freshDossier();

    @Test
    void aSourceOfTheSameNameIsEachDossiersOwn() {
        try (PostgresObservationStore a = PostgresObservationStore.open(EmbeddedDatabase.location(), first);
             PostgresObservationStore b = PostgresObservationStore.open(EmbeddedDatabase.location(), second)) {
            importViews(a, 3, 100);
            importViews(b, 2, 900);

            assertThat(a.find(Rows.VIEWS).observations()).hasSize(3)
                    .allSatisfy(o -> assertThat(o.value().lo()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100")));
            assertThat(b.find(Rows.VIEWS).observations()).hasSize(2)
                    .allSatisfy(o -> assertThat(o.value().lo()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("900")));
            assertThat(a.sources()).extracting(SourceRecord::rowsRead).containsExactly(3L);

            long secondVersion = b.version();
            a.removeSource("views.csv");

            assertThat(a.find(Rows.VIEWS).observations()).isEmpty();
            assertThat(a.seriesKeys()).isEmpty();
            assertThat(b.find(Rows.VIEWS).observations()).hasSize(2);
            assertThat(b.sources()).hasSize(1);
            assertThat(b.version()).as("a change to one dossier is no change to the other").isEqualTo(secondVersion);
        }
    }

    @Test
    void claimsOfTheSameIdAreEachDossiersOwn() {
        try (PostgresClaimStore a = PostgresClaimStore.open(EmbeddedDatabase.location(), first);
             PostgresClaimStore b = PostgresClaimStore.open(EmbeddedDatabase.location(), second)) {
            a.put(Claim.of("c1", "1 + 1 = 2"));
            b.put(Claim.of("c1", "2 > 1"));

            assertThat(a.list()).containsExactly(Claim.of("c1", "1 + 1 = 2"));
            assertThat(b.delete("c1")).isTrue();
            assertThat(a.get("c1")).isPresent();
            assertThat(b.list()).isEmpty();
        }
    }

    private static void importViews(PostgresObservationStore store, int days, long value) {
        try (SourceWrite write = store.replaceSource("views.csv")) {
            for (int day = 0; day < days; day++) {
                write.accept(Rows.views("views.csv", day, value));
            }
            write.commit(Rows.record("views.csv", days));
        }
    }
}
