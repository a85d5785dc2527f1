package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.service.DossierSessions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reckon serve} listens before the dossier's data is imported: health answers at once and
 * says so, the data routes answer 503 until the import ends, and a failed import shows in both.
 * The import is held at its real progress seam, the hook a terminal's bar reads each file through.
 */
class ServeWhileImportingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dossierDir;

    @Test
    void answersHealthAtOnceAndTheDataOnlyOnceItIsImported() throws Exception {
        writeDossier("subject,platform,metric,from,to,segment,value\nlabour,facebook,likes,2019-12-01,2019-12-02,,7\n");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ImportProgress held = (source, size, opener) -> {
            reading.countDown();
            awaitQuietly(release);
            return opener;
        };

        long started = System.nanoTime();
        try (DossierServer server = serve(held)) {
            HttpResponse<String> early = get(server, "/health");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(early.statusCode()).isEqualTo(200);
            assertThat(json(early).path("status").asText()).isEqualTo("importing");
            assertThat(reading.await(1, TimeUnit.MINUTES)).as("the import reached the data file").isTrue();
            assertThat(json(get(server, "/health")).path("importing").asText()).isEqualTo("data/likes.csv");

            HttpResponse<String> report = get(server, "/report");
            assertThat(report.statusCode()).isEqualTo(503);
            assertThat(report.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(report).path("type").asText()).endsWith("/importing");
            assertThat(get(server, "/openapi.json").statusCode()).as("the API's description needs no data").isEqualTo(200);
            assertThat(get(server, "/nothing").statusCode()).as("an unknown route is still unknown").isEqualTo(404);
            HttpResponse<String> waiting = page(server);
            assertThat(waiting.statusCode()).isEqualTo(503);
            assertThat(waiting.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(waiting.headers().firstValue("Content-Type")).as("a person opening the page gets a page, not JSON")
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(waiting.body()).contains("<h1>The dossier's data is being imported</h1>")
                    .contains("Reading <code id=\"reading\">data/likes.csv</code>.")
                    .contains("fetch(\"/api/v1/health\"").contains("<a href=\"/\">Check again</a>")
                    .as("no timed refresh (WCAG 2.2.1)").doesNotContain("http-equiv=\"refresh\"");
            assertThat(waiting.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("connect-src 'self'").contains("default-src 'none'"));

            release.countDown();
            assertThat(server.awaitImport()).singleElement()
                    .satisfies(imported -> assertThat(imported.rowsAccepted()).isEqualTo(1));
            HttpResponse<String> health = get(server, "/health");
            assertThat(json(health).path("status").asText()).isEqualTo("ok");
            assertThat(json(health).has("importing")).isFalse();
            HttpResponse<String> served = get(server, "/report");
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(json(served).path("claims").findValuesAsText("verdict")).containsExactly("true");
            HttpResponse<String> ready = page(server);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("Try a check").doesNotContain("http-equiv=\"refresh\"");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFailedImportShowsInHealthAndEveryDataRoute() throws Exception {
        writeDossier("this is not an export any reader knows\n");

        try (DossierServer server = serve(ImportProgress.NONE)) {
            assertThatThrownBy(server::awaitImport).isInstanceOf(DossierException.class);

            HttpResponse<String> health = get(server, "/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health).path("status").asText()).isEqualTo("failed");
            assertThat(json(health).path("problems").get(0).asText()).startsWith("data/likes.csv")
                    .doesNotContain(dossierDir.toString());
            HttpResponse<String> report = get(server, "/report");
            assertThat(report.statusCode()).isEqualTo(503);
            assertThat(report.headers().firstValue("Retry-After")).as("asking again will not help").isEmpty();
            assertThat(json(report).path("type").asText()).endsWith("/import-failed");
            HttpResponse<String> failed = page(server);
            assertThat(failed.statusCode()).isEqualTo(503);
            assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(failed.headers().firstValue("Retry-After")).isEmpty();
            assertThat(failed.body()).contains("<h1>The dossier's data could not be imported</h1>")
                    .contains("<li>data/likes.csv: ").doesNotContain("<script").doesNotContain(dossierDir.toString());
        }
    }

    private void writeDossier(String data) throws Exception {
        Files.writeString(dossierDir.resolve("dossier.yaml"), """
                title: Importing test
                subjects:
                  labour: { name: The Labour Party }
                periods:
                  ge2019: { from: 2019-12-01, to: 2019-12-02 }
                data:
                  - path: data/likes.csv
                claims:
                  - id: liked
                    check: "likes{labour, facebook, ge2019} = 7"
                """);
        Files.createDirectories(dossierDir.resolve("data"));
        Files.writeString(dossierDir.resolve("data/likes.csv"), data);
    }

    private DossierServer serve(ImportProgress progress) throws DossierException {
        ExportImporter importer = new ExportReaderRegistry(List.of(new CanonicalCsvReader(), new CanonicalJsonLinesReader()));
        DossierSessions sessions = CliRun.components(CliRun.pipe()).withImporter(importer).sessions();
        return DossierServer.serve(dossierDir, DataReach.INSIDE_DOSSIER, sessions, importer, RestSettings.loopback(0),
                progress);
    }

    private static HttpResponse<String> get(DossierServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The page at {@code /}, outside the API's prefix, as a browser asks for it. */
    private static HttpResponse<String> page(DossierServer server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl()).resolve("/")).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
