package dev.reckon.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.out.ObservationStoreException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresLocationTest {

    @Test
    void readsUserHostPortDatabaseAndDossier() {
        PostgresLocation location = PostgresLocation.parse(
                "postgresql://desk@db.example:6543/reckon?dossier=ge2019&sslmode=require", Map.of());

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/reckon");
        assertThat(location.dossierName("folder")).isEqualTo("ge2019");
        assertThat(location.driverProperties()).containsEntry("user", "desk").containsEntry("sslmode", "require")
                .doesNotContainKey("password").doesNotContainKey("dossier");
        assertThat(location).hasToString("postgresql://desk@db.example:6543/reckon");
    }

    @Test
    void takesPostgresPortByDefault() {
        PostgresLocation location = PostgresLocation.parse("postgres://desk@localhost/reckon", Map.of());

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/reckon");
        assertThat(location.dossierName("ge2019")).isEqualTo("ge2019");
    }

    @Test
    void thePasswordOfTheUrlGoesToTheDriverButIsNeverShown() {
        PostgresLocation location = PostgresLocation.parse("postgresql://desk:s%40cret@db:5432/reckon",
                Map.of("PGPASSWORD", "other"));

        assertThat(location.driverProperties()).containsEntry("password", "s@cret");
        assertThat(location.toString()).doesNotContain("s@cret").doesNotContain("s%40cret");
        assertThat(location.mask("FATAL: password s@cret refused")).isEqualTo("FATAL: password *** refused");
    }

    @Test
    void withoutOneInTheUrlThePasswordComesFromPgpassword() {
        PostgresLocation location = PostgresLocation.parse("postgresql://desk@db/reckon", Map.of("PGPASSWORD", "env-secret"));

        assertThat(location.driverProperties()).containsEntry("password", "env-secret");
        assertThat(location.toString()).doesNotContain("env-secret");
    }

    @Test
    void badLocationsAreRefusedWithTheirFaultNamedAndNoPassword() {
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://db:5432/reckon", Map.of()))
                .hasMessageContaining("names no user");
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://desk:hunter2@db:5432/", Map.of()))
                .hasMessageContaining("names no database").message().doesNotContain("hunter2");
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://desk:hun ter2@db/x", Map.of()))
                .hasMessageContaining("not well formed").message().doesNotContain("hun ter2");
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://desk@db/x?sslmode", Map.of()))
                .hasMessageContaining("'sslmode' has no value");
    }

    @Test
    void aRefusedLoginNamesTheUserButNotThePassword() {
        String url = EmbeddedDatabase.url().replace("postgresql://postgres@", "postgresql://nobody:hunter2@");

        assertThatThrownBy(() -> PostgresObservationStore.open(PostgresLocation.parse(url, Map.of()), "d"))
                .isInstanceOf(ObservationStoreException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).contains("nobody").doesNotContain("hunter2");
                    assertThat(((ObservationStoreException) e).withoutLocation()).doesNotContain("hunter2");
                });
    }

    @Test
    void anUnreachableServerIsToldAsSuch() {
        PostgresLocation nowhere = PostgresLocation.parse("postgresql://desk:hunter2@127.0.0.1:1/reckon", Map.of());

        assertThatThrownBy(() -> PostgresObservationStore.open(nowhere, "d"))
                .isInstanceOf(ObservationStoreException.class)
                .hasMessageContaining("the store postgresql://desk@127.0.0.1:1/reckon cannot be reached")
                .message().doesNotContain("hunter2");
    }
}
