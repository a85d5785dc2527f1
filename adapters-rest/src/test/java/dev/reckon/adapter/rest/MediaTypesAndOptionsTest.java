package dev.reckon.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.fixture.InMemoryObservationStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server says about the media types it takes and the methods a path allows: a body that is
 * not JSON is a 415 naming what is taken, not a syntax error; {@code OPTIONS} answers without a token.
 */
class MediaTypesAndOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECK = "{\"check\": \"video_views{labour, facebook, ge2019} = 100\"}";

    private RestServer server;
    private HttpClient client;

    @BeforeEach
    void start() {
        server = RestApiTest.api(new InMemoryObservationStore())
                .start(RestSettings.loopback(0).withToken(RestApiTest.TOKEN).withLimits(64 * 1024, 128 * 1024));
        client = HttpClient.newHttpClient();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/evaluations", "/api/v1/claims", "/api/v1/observations", "/api/v1/comparisons",
            "/api/v1/posts"})
    void aTextBodyToAJsonEndpointIsAnUnsupportedMediaTypeNamingWhatIsTaken(String path) throws Exception {
        HttpResponse<String> answer = send(authorised(path).header("Content-Type", "text/plain; charset=utf-8")
                .POST(BodyPublishers.ofString(CHECK)));

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("Accept-Post")).hasValue("application/json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://reckon.dev/problems/unsupported-media-type");
        assertThat(problem.path("detail").asText()).isEqualTo("the body is sent as 'text/plain', but this endpoint takes"
                + " application/json; send the header 'Content-Type: application/json'");
        assertThat(problem.path("instance").asText()).isEqualTo(path);
    }

    @Test
    void aFormBodyAsCurlSendsWithDashDIsRefusedTooAndAPutSaysTheSameWithoutAcceptPost() throws Exception {
        HttpResponse<String> form = send(authorised("/api/v1/evaluations")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(CHECK)));
        HttpResponse<String> put = send(authorised("/api/v1/claims/views").header("Content-Type", "text/yaml")
                .PUT(BodyPublishers.ofString("check: x")));

        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(put.statusCode()).isEqualTo(415);
        assertThat(put.headers().firstValue("Accept-Post")).as("Accept-Post is about POST only").isEmpty();
        assertThat(JSON.readTree(put.body()).path("detail").asText()).startsWith("the body is sent as 'text/yaml'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON; charset=UTF-8", "application/problem+json", ""})
    void jsonInAnyOfItsNamesOrWithoutAContentTypeIsRead(String contentType) throws Exception {
        HttpRequest.Builder request = authorised("/api/v1/evaluations").POST(BodyPublishers.ofString(CHECK));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }

        HttpResponse<String> answer = send(request);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("verdict").isMissingNode()).as(answer.body()).isFalse();
    }

    @Test
    void withoutATokenTheTokenIsAskedForBeforeTheMediaTypeIsJudged() throws Exception {
        HttpResponse<String> answer = send(request("/api/v1/evaluations").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString(CHECK)));

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void optionsNamesThePathsMethodsWithoutATokenAndWithoutABody() throws Exception {
        HttpResponse<String> claim = send(request("/api/v1/claims/views").method("OPTIONS", BodyPublishers.noBody()));
        HttpResponse<String> claims = send(request("/api/v1/claims/").method("OPTIONS", BodyPublishers.noBody()));
        HttpResponse<String> imports = send(request("/api/v1/imports").method("OPTIONS", BodyPublishers.noBody()));
        HttpResponse<String> page = send(request("/").method("OPTIONS", BodyPublishers.noBody()));

        assertThat(claim.statusCode()).isEqualTo(204);
        assertThat(claim.body()).as("never any data").isEmpty();
        assertThat(claim.headers().firstValue("Allow")).hasValue("GET, HEAD, PUT, DELETE, OPTIONS");
        assertThat(claims.headers().firstValue("Allow")).as("a trailing slash is the same path")
                .hasValue("GET, HEAD, POST, OPTIONS");
        assertThat(imports.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(page.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(claim.headers().firstValue("Access-Control-Allow-Origin"))
                .as("no CORS: other origins stay unable to call the API").isEmpty();
    }

    @Test
    void optionsOnAPathThatIsNotThereIsANotFoundProblem() throws Exception {
        HttpResponse<String> answer = send(request("/api/v1/nothing").method("OPTIONS", BodyPublishers.noBody()));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(answer.body()).path("type").asText()).isEqualTo("https://reckon.dev/problems/not-found");
    }

    @Test
    void aMethodNotAllowedListsTheMethodsThatAre() throws Exception {
        HttpResponse<String> answer = send(authorised("/api/v1/report").DELETE());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private HttpRequest.Builder authorised(String path) {
        return request(path).header("Authorization", "Bearer " + RestApiTest.TOKEN);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), BodyHandlers.ofString());
    }
}
