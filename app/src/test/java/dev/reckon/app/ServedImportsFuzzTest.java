package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.shared.DossierException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's ways to import data, fuzzed against the server {@code reckon serve} runs: the real
 * canonical and export readers, format detection and the dossier's SQLite store, which adapters-rest's
 * own fuzz targets replace with stand-ins. Whatever the bytes, the answer is a success or a client
 * error written as problem+json with a title, never a server error; and what an answer says was
 * stored can be listed afterwards.
 */
class ServedImportsFuzzTest {

    private static final String TOKEN = "fuzz-token";
    private static final String DOSSIER = """
            title: Served imports fuzzing
            timezone: Europe/London
            subjects:
              labour: { name: The Labour Party, accounts: { facebook: UKLabour, twitter: UKLabour } }
              tories: { name: The Conservatives }
            periods:
              ge2019: { from: 2019-12-01, to: 2019-12-02 }
            claims:
              - id: views
                check: "video_views{labour, facebook, ge2019} = 100"
            """;
    /** The names a file may be posted under: each platform's exports and the canonical formats, as format detection sees them. */
    /** The names a file may be posted under: the canonical formats and each platform export's own, as format detection sees them. */
    private static final List<String> FILE_NAMES = List.of(
            "observations.csv",
            "observations.jsonl",
            "Facebook Insights Data Export - Campaign HQ - 2017-06-01 - 2017-06-02.csv",
            "Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
            "Facebook Insights Data Export (Video Posts) - Campaign HQ - 2016-02-01 - 2016-02-29.csv",
            "Facebook_organic_posts_Sep-18-2025_Sep-20-2025.csv",
            "Viewers.csv",
            "FollowerHistory.csv",
            "Follows.csv",
            "Views.csv",
            "tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv",
            "daily_tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv",
            "Totals.csv",
            "Chart data.csv",
            "Table data.csv",
            "actblue-contributions.csv",
            "financial_transactions.csv",
            "unified_payments.csv",
            "crowdtangle-instagram.csv",
            "2023-11-14-10-00-00-EST-Historical-Report-CampaignHQ.csv",
            "data.txt");
    private static final Set<Integer> SUCCESSES = Set.of(200, 201);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dossierDir;
    private static DossierServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException, DossierException {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DOSSIER);
        ReckonComponents components = CliRun.components(CliRun.pipe());
        server = DossierServer.start(dossierDir, components.sessions(),
                components.importer(),
                RestSettings.loopback(0).withToken(TOKEN).withLimits(64 * 1024, 128 * 1024));
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @FuzzTest(maxDuration = "10m")
    void observations(byte[] body) {
        Answer answer = post("/api/v1/observations", body);
        if (answer.status() == 201) {
            JsonNode created = answer.json();
            assertThat(created.path("stored").asLong()).isBetween(1L, created.path("received").asLong());
            assertStoredUnder(created.path("source").asText());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void imports(FuzzedDataProvider data) {
        String fileName = data.pickValue(FILE_NAMES);
        Answer answer = post("/api/v1/imports?filename=" + fileName.replace(" ", "%20"), data.consumeRemainingAsBytes());
        if (answer.status() == 201 && answer.json().path("stored").asBoolean()
                && answer.json().path("rowsAccepted").asLong() > 0) {
            assertThat(get("/api/v1/observations?limit=1").status()).isEqualTo(200);
        }
    }

    /** Every source a 201 names holds observations the listing can find again. */
    private static void assertStoredUnder(String source) {
        assertThat(source).isNotBlank();
        Answer listed = get("/api/v1/observations?limit=1");
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        assertThat(listed.json().path("observations").size()).as("%s", listed).isPositive();
    }

    private static Answer post(String path, byte[] body) {
        Answer answer = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        if (!SUCCESSES.contains(answer.status())) {
            assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
            assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
            assertThat(answer.json().path("title").asText()).as("%s", answer).isNotBlank();
        }
        return answer;
    }

    private static Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }
}
