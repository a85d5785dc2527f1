package dev.reckon.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import io.micronaut.http.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Requests built to hurt the server, answered as problems of bounded size and never as a 500 or an HTML page. */
class HostileRequestsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private RestServer server;
    private Http http;

    @BeforeEach
    void start() {
        server = RestApiTest.api(new InMemoryObservationStore()).start(RestSettings.loopback(0).withLimits(1024 * 1024, 1024 * 1024));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/observations", "/api/v1/evaluations", "/api/v1/comparisons", "/api/v1/claims"})
    void aBodyOfNullIsA400Problem(String path) {
        Http.Answer answer = http.post(path, "null");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asText()).contains("null");
    }

    /** Spelled out, 1E+999999999 has a billion digits: the reader is given it as written, and refuses it as out of range. */
    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1e2147483647", "-2.5E-999999999"})
    void aValueWithAHugeExponentReachesTheReaderAsWrittenNotSpelledOut(String value) {
        List<String> read = new CopyOnWriteArrayList<>();
        ExportImporter refusingTheRange = new ExportImporter() {
            @Override
            public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
                try (InputStream in = input.open()) {
                    read.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                return new ImportReport(input.source(), "canonical-jsonl", "UTF-8", 1, 0, 1,
                        List.of(RowProblem.inRow(input.source(), 1, "value", "out of range")), List.of(), List.of(), List.of(), List.of());
            }

            @Override
            public List<String> formats() {
                return List.of("canonical-jsonl");
            }
        };
        try (RestServer refusing = RestApiTest.api(new InMemoryObservationStore(), refusingTheRange).start(RestSettings.loopback(0));
             Http client = new Http("http://127.0.0.1:" + refusing.port())) {

            Http.Answer answer = client.post("/api/v1/observations", "[{\"subject\": \"labour\", \"platform\": \"facebook\","
                    + " \"metric\": \"likes\", \"from\": \"2019-12-01\", \"to\": \"2019-12-01\", \"value\": " + value + "}]");

            assertThat(answer.status()).as("%s", answer).isEqualTo(400);
            assertThat(answer.json().path("errors").get(0).path("detail").asText()).isEqualTo("out of range");
            assertThat(read).singleElement().asString().contains("\"value\":" + new BigDecimal(value) + "}");
        }
    }

    @Test
    void aHugeNumberOfBadElementsListsTheFirstHundredAndCountsTheRest() {
        String body = "[" + "{},".repeat(199_999) + "{}]";

        Http.Answer answer = http.send(HttpRequest.POST("/api/v1/observations", body).contentType("application/json"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().length()).isLessThan(body.length());
        assertThat(answer.json().path("errors").size()).isEqualTo(100);
        assertThat(answer.json().path("errorsNotShown").asLong()).isEqualTo(200_000L * 6 - 100);
        assertThat(answer.json().path("detail").asText()).startsWith("200000 observations are not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /api/v1/health%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "POST /api/v1/claims HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}",
            "POST /api/v1/claims HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\nConnection: close\r\n\r\n{}",
            "GET /api/v1/health HTTP/9.9 extra\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "G@T /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    })
    void requestsTheServerCannotParseAreAnsweredAsProblems(String request) throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(server.port(), request, PATIENCE);

        assertThat(answer.status()).as(answer.head()).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.head()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + answer.status()).doesNotContain("<html", "Jetty", "Exception");
    }

    @Test
    void aUriOverTheLimitIsAProblem() throws IOException {
        String request = "GET /api/v1/health?x=" + "a".repeat(9 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

        RawHttp.Answer answer = RawHttp.exchange(server.port(), request, PATIENCE);

        assertThat(answer.status()).isIn(414, 431);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("<html");
    }

    @Test
    void headersOverTheLimitAreAProblem() throws IOException {
        String request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "a".repeat(9 * 1024)
                + "\r\nConnection: close\r\n\r\n";

        RawHttp.Answer answer = RawHttp.exchange(server.port(), request, PATIENCE);

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("headers-too-large");
    }

    @Test
    void aBusyStoreIsA503ThatDoesNotTellWhereTheStoreIs() {
        ObservationStoreException busy = new ObservationStoreException(
                "the store /srv/reckon/secret/reckon.db is busy: another Reckon process has been writing to it",
                "the store is busy: another Reckon process has been writing to it", null);
        ObservationStore store = (ObservationStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ObservationStore.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    throw busy;
                });
        try (RestServer busyServer = RestApiTest.api(store).start(RestSettings.loopback(0));
             Http client = new Http("http://127.0.0.1:" + busyServer.port())) {
            Http.Answer answer = client.get("/api/v1/observations");

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().path("detail").asText()).startsWith("the store is busy");
            assertThat(answer.body()).doesNotContain("/srv/reckon");
        }
    }
}
