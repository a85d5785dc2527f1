package dev.reckon.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.observation.Window;
import io.micronaut.http.HttpRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint refuses a query parameter it does not take, and {@code POST /imports} takes what a
 * dossier's data entry can say of a file.
 */
class QueryParametersTest {

    private static final String LINE = "{\"subject\": \"labour\", \"platform\": \"facebook\", \"metric\": \"reach\", "
            + "\"from\": \"2019-12-01\", \"to\": \"2019-12-01\", \"value\": 5}\n";

    private final List<ImportContext> contexts = new ArrayList<>();
    private Http http;

    @BeforeEach
    void start() {
        http = Http.owning(RestApiTest.api(new InMemoryObservationStore(), new FakeJsonLinesImporter() {
            @Override
            public ImportReport read(ExportInput input, ObservationSink sink) throws IOException, UnrecognisedExportException {
                contexts.add(input.context());
                return super.read(input, sink);
            }
        }).start(RestSettings.loopback(0).withToken(RestApiTest.TOKEN)));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void aMisspeltQueryParameterIsA400NamingItAndWhatTheEndpointTakes() {
        Http.Answer answer = http.get("/api/v1/observations?subjet=labour&metric=reach");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("subjet");
        assertThat(error.path("detail").asText()).contains("takes cursor, from, limit, metric, platform, segment, subject, to");
    }

    @Test
    void anEndpointThatTakesNoQueryParametersRefusesEveryOne() {
        Http.Answer answer = http.get("/api/v1/claims?verdict=true&sort=id");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactly("sort", "verdict");
        assertThat(http.get("/api/v1/claims").status()).isEqualTo(200);
    }

    @Test
    void anImportReadsTheFileWithTheEntrySettingsGiven() {
        Http.Answer answer = http.send(HttpRequest.POST("/api/v1/imports?filename=reach.jsonl&year=2019"
                        + "&zone=America/Los_Angeles&covers=2019-12-01..2019-12-02", LINE)
                .bearerAuth(RestApiTest.TOKEN).contentType("application/json"));

        assertThat(answer.status()).isEqualTo(201);
        ImportContext context = contexts.get(0);
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        assertThat(context.year()).contains(Year.of(2019));
        assertThat(context.entryZone()).contains(losAngeles);
        assertThat(context.covers()).contains(Window.ofDays(LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 2), losAngeles));
    }

    @Test
    void badEntrySettingsAreEachNamed() {
        Http.Answer answer = http.send(HttpRequest.POST("/api/v1/imports?filename=reach.jsonl&year=19"
                        + "&zone=Mars/Olympus&covers=2019-12-02..2019-12-01", LINE)
                .bearerAuth(RestApiTest.TOKEN).contentType("application/json"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("year", "zone", "covers");
        assertThat(contexts).isEmpty();
        assertThat(answer.body()).doesNotContain("Exception");
    }
}
