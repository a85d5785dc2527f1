package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.canonical.PostJsonLinesReader;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.jdbc.SqliteObservationStore;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.service.DossierSessions;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server keeps what clients write in the dossier's SQLite store: a restart finds it all again. */
class DossierServerRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A dossier with one claim over data posted through the API; shared with TwoServersOnePostgresTest. */
    static final String DOSSIER = """
            title: Restart test
            timezone: Europe/London
            subjects:
              labour: { name: The Labour Party, accounts: { facebook: UKLabour } }
            periods:
              ge2019: { from: 2019-12-01, to: 2019-12-02 }
            data:
              - path: data/likes.csv
            claims:
              - id: views
                check: "video_views{labour, facebook, ge2019} = 100"
            """;
    static final String OBSERVATIONS = """
            [{"subject": "labour", "platform": "facebook", "metric": "video_views", "from": "2019-12-01", "to": "2019-12-01", "value": 40},
             {"subject": "UKLabour", "platform": "facebook", "metric": "video_views", "from": "2019-12-02", "to": "2019-12-02", "value": "60"}]""";

    @TempDir
    Path dossierDir;

    @Test
    void everythingWrittenIsThereAfterARestartAndInACheck() throws Exception {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DOSSIER);
        Files.createDirectories(dossierDir.resolve("data"));
        Files.writeString(dossierDir.resolve("data/likes.csv"),
                "subject,platform,metric,from,to,segment,value\nlabour,facebook,likes,2019-12-01,2019-12-02,,7\n");
        ExportImporter importer = new ExportReaderRegistry(List.of(new CanonicalCsvReader(), new CanonicalJsonLinesReader()));

        try (DossierServer first = start(importer); HttpClient http = client(first)) {
            assertThat(send(http, HttpRequest.POST("/api/v1/observations", OBSERVATIONS)).status().getCode()).isEqualTo(201);
            assertThat(send(http, HttpRequest.POST("/api/v1/claims",
                    "{\"id\": \"added\", \"check\": \"video_views{labour, facebook, ge2019} > 50\"}")).status().getCode())
                    .isEqualTo(201);
            assertThat(send(http, HttpRequest.POST("/api/v1/imports?filename=reach.csv",
                    "subject,platform,metric,from,to,segment,value\nlabour,facebook,reach,2019-12-01,2019-12-01,town=Stoke,109k\n"))
                    .status().getCode()).isEqualTo(201);
        }

        try (DossierServer second = start(importer); HttpClient http = client(second)) {
            JsonNode observations = json(send(http, HttpRequest.GET("/api/v1/observations?metric=video_views")));
            assertThat(observations.path("observations")).hasSize(2);
            JsonNode fromTheDossier = json(send(http, HttpRequest.GET("/api/v1/observations?metric=likes")));
            assertThat(fromTheDossier.path("observations").get(0).path("source").asText()).isEqualTo("data/likes.csv");
            JsonNode report = json(send(http, HttpRequest.GET("/api/v1/report")));
            assertThat(report.path("claims").findValuesAsText("id")).containsExactly("views", "added");
            assertThat(report.path("claims").findValuesAsText("verdict")).containsExactly("true", "true");
            JsonNode segmented = json(send(http, HttpRequest.POST("/api/v1/evaluations",
                    "{\"check\": \"reach{labour, facebook, ge2019, town=Stoke} > 100000\"}")));
            assertThat(segmented.path("verdict").asText()).isNotEqualTo("invalid");
        }

        // The store is the dossier's own file: 'reckon check' counts what the server kept, and keeps it.
        CliRun check = CliRun.run(CliRun.components(CliRun.pipe()), "check", dossierDir.toString(), "--format", "json");
        assertThat(JSON.readTree(check.out()).path("claims").get(0).path("verdict").asText()).isEqualTo("true");
        try (SqliteObservationStore store = SqliteObservationStore.open(dossierDir.resolve(".reckon/reckon.db"))) {
            assertThat(store.sources()).extracting(SourceRecord::source)
                    .anyMatch(s -> s.startsWith("api/observations/")).contains("api/imports/reach.csv", "data/likes.csv");
        }
    }

    @Test
    void postedPostsAreKeptInTheStoreListedAndCheckedByPost() throws Exception {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DOSSIER.replace("  - path: data/likes.csv\n", "")
                .replace("data:\n", ""));
        ExportImporter importer = new ExportReaderRegistry(List.of(new CanonicalJsonLinesReader(),
                new PostJsonLinesReader()));
        String posts = """
                [{"platform": "facebook", "subject": "labour", "id": "10_1", "created": "2019-12-01T09:00:00Z",
                  "text": "Vote Labour on Thursday", "values": {"post_impressions": 300, "post_likes": 12}},
                 {"platform": "facebook", "account": "UKLabour", "id": "10_2", "created": "2019-12-02T18:00:00+01:00",
                  "values": {"post_impressions": 120}}]""";

        try (DossierServer server = start(importer); HttpClient http = client(server)) {
            HttpClientResponseException invalid = catchThrowableOfType(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/posts", posts.replace("post_likes", "likes"))
                            .contentType("application/json"), String.class));
            JsonNode problem = JSON.readTree(invalid.getResponse().getBody(String.class).orElseThrow());
            assertThat(problem.path("errors").get(0).path("index").asInt()).isZero();
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("values.likes");

            JsonNode created = json(send(http, HttpRequest.POST("/api/v1/posts", posts)));
            assertThat(created.path("stored").asInt()).isEqualTo(2);
            JsonNode listed = json(send(http, HttpRequest.GET("/api/v1/posts?sort=post_impressions")));
            assertThat(listed.path("posts").findValuesAsText("id")).containsExactly("10_1", "10_2");
            assertThat(listed.path("posts").get(0).path("preview").asText()).isEqualTo("Vote Labour on Thursday");
            JsonNode most = json(send(http, HttpRequest.POST("/api/v1/evaluations",
                    "{\"check\": \"max(post_impressions{labour, facebook, ge2019} by post) >= 300\"}")));
            assertThat(most.path("verdict").asText()).isEqualTo("true");
        }
        try (SqliteObservationStore store = SqliteObservationStore.open(dossierDir.resolve(".reckon/reckon.db"))) {
            assertThat(store.sources()).extracting(SourceRecord::source).anyMatch(s -> s.startsWith("api/posts/"));
        }
    }

    private DossierServer start(ExportImporter importer) throws Exception {
        // The stores every command opens a dossier with; the importer is the test's.
        DossierSessions sessions = CliRun.components(CliRun.pipe()).withImporter(importer).sessions();
        return DossierServer.start(dossierDir, sessions, importer, RestSettings.loopback(0));
    }

    private static HttpClient client(DossierServer server) throws Exception {
        return HttpClient.create(URI.create("http://127.0.0.1:" + server.port()).toURL());
    }

    private static HttpResponse<String> send(HttpClient http, MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request.contentType("application/json"), String.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(request.getPath() + " answered " + e.getStatus() + ": "
                    + e.getResponse().getBody(String.class).orElse(""), e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
