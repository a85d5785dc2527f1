package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.postgres.EmbeddedDatabase;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.service.DossierSessions;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers and a CLI on one PostgreSQL database, as a team runs them: what a client writes through
 * one server is served by the other at once (its cache follows the dossier's version) and counted by
 * {@code reckon check --store}, and nothing is written in the dossier's folder.
 */
class TwoServersOnePostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dossierDir;

    @Test
    void whatOneServerKeepsTheOtherServesAndACheckCounts() throws Exception {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DossierServerRestartTest.DOSSIER);
        Files.createDirectories(dossierDir.resolve("data"));
        Files.writeString(dossierDir.resolve("data/likes.csv"),
                "subject,platform,metric,from,to,segment,value\nlabour,facebook,likes,2019-12-01,2019-12-02,,7\n");
        String store = EmbeddedDatabase.url() + "?dossier=" + EmbeddedDatabase.freshDossier();
        ExportImporter importer = new ExportReaderRegistry(List.of(new CanonicalCsvReader(), new CanonicalJsonLinesReader()));

        try (DossierServer first = start(importer, store); DossierServer second = start(importer, store);
             HttpClient writer = client(first); HttpClient reader = client(second)) {
            assertThat(verdict(reader, "views")).isEqualTo("no-data");

            send(writer, HttpRequest.POST("/api/v1/observations", DossierServerRestartTest.OBSERVATIONS));
            send(writer, HttpRequest.POST("/api/v1/claims",
                    "{\"id\": \"added\", \"check\": \"video_views{labour, facebook, ge2019} > 50\"}"));

            assertThat(verdict(reader, "views")).isEqualTo("true");
            assertThat(verdict(reader, "added")).isEqualTo("true");
        }

        CliRun check = CliRun.run(CliRun.components(new CliEnvironment(Map.of(StoreChoice.VARIABLE, store), false)),
                "check", dossierDir.toString(), "--format", "json");
        JsonNode claims = JSON.readTree(check.out()).path("claims");
        assertThat(claims.findValuesAsText("id")).containsExactly("views", "added");
        assertThat(claims.findValuesAsText("verdict")).containsExactly("true", "true");
        assertThat(dossierDir.resolve(".reckon")).doesNotExist();
    }

    private DossierServer start(ExportImporter importer, String store) throws Exception {
        CliEnvironment postgres = new CliEnvironment(Map.of(StoreChoice.VARIABLE, store), false);
        DossierSessions sessions = CliRun.components(postgres).withImporter(importer).sessions();
        return DossierServer.start(dossierDir, sessions, importer, RestSettings.loopback(0));
    }

    private static String verdict(HttpClient http, String claim) throws Exception {
        JsonNode report = JSON.readTree(send(http, HttpRequest.GET("/api/v1/report")));
        for (JsonNode found : report.path("claims")) {
            if (found.path("id").asText().equals(claim)) {
                return found.path("verdict").asText();
            }
        }
        throw new AssertionError("the report has no claim " + claim + ": " + report);
    }

    private static HttpClient client(DossierServer server) throws Exception {
        return HttpClient.create(URI.create("http://127.0.0.1:" + server.port()).toURL());
    }

    private static String send(HttpClient http, MutableHttpRequest<?> request) {
        return http.toBlocking().exchange(request.contentType("application/json"), String.class).body();
    }
}
