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
 * {@code POST /api/v1/scans} and {@code reckon scan --format json} are one contract: the example
 * submission, posted without a token to a server that has one, gives the same JSON as the command line
 * scanning it with the served dossier: the server binds a text's figures to the dossier it serves.
 */
class ScanContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theServerAnswersAScanWithTheCommandLinesReport() throws Exception {
        Path dossier = RepositoryFiles.copyOf("examples/ge2019", temp);
        Path submission = dossier.resolve("submission.md");
        byte[] text = Files.readAllBytes(submission);

        JsonNode fromTheApi;
        ReckonComponents components = CliRun.components(CliRun.pipe());
        try (DossierServer server = DossierServer.start(dossier, components.sessions(),
                components.importer(),
                RestSettings.loopback(0).withToken("a-token-the-client-does-not-send"));
             HttpClient http = HttpClient.create(URI.create("http://127.0.0.1:" + server.port()).toURL())) {
            fromTheApi = JSON.readTree(http.toBlocking().retrieve(
                    HttpRequest.POST("/api/v1/scans", text).contentType("text/markdown")));
        }

        CliRun scan = CliRun.run(CliRun.components(CliRun.pipe()), "scan", submission.toString(), "--dossier",
                dossier.toString(), "--format", "json");
        assertThat(fromTheApi.path("relations").size()).isGreaterThan(0);
        assertThat(fromTheApi.path("suggestions").size()).isGreaterThan(0);
        assertThat(fromTheApi).isEqualTo(JSON.readTree(scan.out()));
    }
}
