package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.adapter.rest.server.RestSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /report} and {@code reckon check --format json} are one contract: the same dossier, with
 * the same claims added through the API, gives the same JSON.
 */
class ReportContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dossierDir;

    @Test
    void aClaimPostedToTheServerIsInItsReportAndInTheCheckAfterTheServerStopped() throws Exception {
        Files.writeString(dossierDir.resolve("dossier.yaml"), """
                title: Contract
                timezone: Europe/London
                subjects:
                  labour: { name: The Labour Party }
                periods:
                  dec: { from: 2019-12-01, to: 2019-12-03 }
                data:
                  - path: views.csv
                claims:
                  - id: views
                    text: "Three thousand views"
                    check: "video_views{labour, facebook, dec} = 3k"
                    source: { who: the party, where: a report, when: 2020 }
                  - id: gap
                    check: "video_views{labour, facebook, dec} > 2999"
                  - id: broken
                    check: "video_views{labour, facebook,"
                """);
        Files.writeString(dossierDir.resolve("views.csv"), """
                subject,platform,metric,from,to,segment,value
                labour,facebook,video_views,2019-12-01,2019-12-01,,1000
                labour,facebook,video_views,2019-12-03,2019-12-03,,2000
                """);

        JsonNode fromTheApi;
        ReckonComponents components = CliRun.components(CliRun.pipe());
        try (DossierServer server = DossierServer.start(dossierDir, components.sessions(),
                components.importer(), RestSettings.loopback(0));
             HttpClient http = HttpClient.create(URI.create("http://127.0.0.1:" + server.port()).toURL())) {
            http.toBlocking().exchange(HttpRequest.POST("/api/v1/claims", """
                    {"id": "api-views", "text": "At least a thousand views",
                     "check": "video_views{labour, facebook, dec} >= 1000",
                     "source": {"who": "a client", "where": "the API", "when": "2026"}}
                    """).contentType("application/json"));
            fromTheApi = JSON.readTree(http.toBlocking().retrieve(HttpRequest.GET("/api/v1/report")));
        }

        CliRun check = CliRun.run(CliRun.components(CliRun.pipe()), "check", dossierDir.toString(), "--format", "json");
        JsonNode fromTheCommandLine = JSON.readTree(check.out());

        JsonNode claims = fromTheCommandLine.path("claims");
        assertThat(claims).extracting(c -> c.path("id").asText()).containsExactly("views", "gap", "broken", "api-views");
        assertThat(claims.get(3).path("verdict").asText()).isEqualTo("true");
        assertThat(claims.get(3).path("source").path("who").asText()).isEqualTo("a client");
        assertThat(fromTheApi).isEqualTo(fromTheCommandLine);
    }
}
