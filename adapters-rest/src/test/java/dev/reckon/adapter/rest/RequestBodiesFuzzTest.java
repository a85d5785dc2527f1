package dev.reckon.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.fixture.InMemoryObservationStore;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every JSON request body of the API, fuzzed through the real route handlers of a running server.
 * Whatever the bytes, the answer is a success or a client error written as problem+json with a
 * title, never a server error; and what an answer says was accepted stays usable: a claim created
 * does not break the report.
 */
class RequestBodiesFuzzTest {

    private static final Set<Integer> SUCCESSES = Set.of(200, 201, 204);

    private static RestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = RestApiTest.api(new InMemoryObservationStore())
                .start(RestSettings.loopback(0).withToken(RestApiTest.TOKEN).withLimits(64 * 1024, 128 * 1024));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        http.close();
        server.close();
    }

    @FuzzTest(maxDuration = "10m")
    void observations(byte[] body) {
        Http.Answer answer = send(HttpRequest.POST("/api/v1/observations", body));
        if (answer.status() == 201) {
            assertThat(answer.json().path("stored").asLong()).isBetween(1L, answer.json().path("received").asLong());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void evaluations(byte[] body) {
        Http.Answer answer = send(HttpRequest.POST("/api/v1/evaluations", body));
        if (answer.status() == 200) {
            assertThat(answer.json().path("verdict").asText()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "10m")
    void comparisons(byte[] body) {
        send(HttpRequest.POST("/api/v1/comparisons", body));
    }

    @FuzzTest(maxDuration = "10m")
    void newClaims(byte[] body) {
        Http.Answer answer = send(HttpRequest.POST("/api/v1/claims", body));
        if (answer.status() == 201) {
            assertClaimKeptAndRemoved(answer.json());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void replacedClaims(byte[] body) {
        Http.Answer answer = send(HttpRequest.PUT("/api/v1/claims/fuzzed", body));
        if (SUCCESSES.contains(answer.status())) {
            assertClaimKeptAndRemoved(answer.json());
        }
    }

    /** The claim is listed, the report still answers with it in, and removing it leaves the store as it was. */
    private static void assertClaimKeptAndRemoved(JsonNode created) {
        String id = created.path("id").asText();
        assertThat(http.send(authorised(HttpRequest.GET("/api/v1/report"))).status()).isEqualTo(200);
        assertThat(http.send(authorised(HttpRequest.DELETE("/api/v1/claims/" + escaped(id)))).status()).isEqualTo(204);
    }

    private static String escaped(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Http.Answer send(MutableHttpRequest<?> request) {
        Http.Answer answer = http.send(authorised(request).contentType("application/json"));
        if (!SUCCESSES.contains(answer.status())) {
            assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
            assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
            assertThat(answer.json().path("title").asText()).as("%s", answer).isNotBlank();
        }
        return answer;
    }

    private static MutableHttpRequest<?> authorised(MutableHttpRequest<?> request) {
        return request.bearerAuth(RestApiTest.TOKEN);
    }
}
