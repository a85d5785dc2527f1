package dev.reckon.adapter.rest;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reckon.adapter.rest.api.RestApi;
import dev.reckon.adapter.rest.claim.ClaimRoutes;
import dev.reckon.adapter.rest.comparison.ComparisonRoutes;
import dev.reckon.adapter.rest.dossier.DossierRoutes;
import dev.reckon.adapter.rest.evaluation.EvaluationRoutes;
import dev.reckon.adapter.rest.observation.ObservationRoutes;
import dev.reckon.adapter.rest.openapi.OpenApiRoutes;
import dev.reckon.adapter.rest.page.HomePage;
import dev.reckon.adapter.rest.page.PageRoutes;
import dev.reckon.adapter.rest.post.PostRoutes;
import dev.reckon.adapter.rest.report.ReportRoutes;
import dev.reckon.adapter.rest.scan.ScanRoutes;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.fixture.InMemoryClaimStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.service.CheckDossierService;
import dev.reckon.application.service.CompareNamedSeriesService;
import dev.reckon.application.service.CompareSeriesService;
import dev.reckon.application.service.EvaluateCheckService;
import dev.reckon.application.service.ImportFileService;
import dev.reckon.application.service.ListObservationsService;
import dev.reckon.application.service.ScanTextService;
import dev.reckon.application.service.ServedClaimsService;
import dev.reckon.application.service.ServedDataService;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Period;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.post.PostId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The API over HTTP: a real server on a random loopback port, called with the Micronaut client. */
class RestApiTest {

    static final String TOKEN = "s3cret-token";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Dossier DOSSIER = new Dossier(java.nio.file.Path.of("dossier.yaml"), "GE2019 test", LONDON,
            List.of(new DossierSubject(Subject.of("labour"), "Labour", Map.of(Platform.FACEBOOK, "@UKLabour")),
                    new DossierSubject(Subject.of("tories"), "Conservatives", Map.of())),
            Map.of("ge2019", Period.of("ge2019", LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 2), LONDON)),
            MetricCatalogue.builtIn(), List.of(),
            List.of(Claim.of("views", "video_views{labour, facebook, ge2019} = 100")));
    static final String TWO_DAYS = """
            [{"subject": "labour", "platform": "facebook", "metric": "video_views", "from": "2019-12-01", "to": "2019-12-01", "value": 40},
             {"subject": "labour", "platform": "facebook", "metric": "video_views", "from": "2019-12-02", "to": "2019-12-02", "value": 60}]""";

    /** The page as the HTML adapter would write it, reduced to what tells the report it was given. */
    static final HomePage PAGE = report -> "<h1>" + report.title() + "</h1><p>" + report.results().size() + " claims</p>";

    private RestServer server;
    private Http http;

    @BeforeEach
    void start() {
        server = api(new InMemoryObservationStore()).start(RestSettings.loopback(0).withToken(TOKEN).withLimits(64 * 1024, 128 * 1024));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    static RestApi api(ObservationStore store) {
        return api(store, new FakePostLinesImporter());
    }

    static RestApi api(ObservationStore store, ExportImporter importer) {
        InMemoryClaimStore claimStore = new InMemoryClaimStore();
        ServedClaimsService claims = new ServedClaimsService(DOSSIER, store, claimStore);
        CheckDossierService report = new CheckDossierService(DOSSIER, store, claimStore);
        return new RestApi(new DossierRoutes(DOSSIER),
                new ObservationRoutes(new ImportFileService(DOSSIER, importer, store), new ListObservationsService(store), DOSSIER),
                new EvaluationRoutes(new EvaluateCheckService(DOSSIER, store)),
                new ComparisonRoutes(new CompareNamedSeriesService(DOSSIER, store,
                        new CompareSeriesService(store, DOSSIER.catalogue()))),
                new ClaimRoutes(claims), new ReportRoutes(report),
                new ScanRoutes(new ScanTextService(ScanRoutesTest.SCANNER)), new PageRoutes(report, PAGE),
                new PostRoutes(new ServedDataService(DOSSIER, store), new ImportFileService(DOSSIER, importer, store)));
    }

    private Http.Answer authorised(MutableHttpRequest<?> request) {
        return http.send(request.bearerAuth(TOKEN).contentType("application/json"));
    }

    private Http.Answer postAuthorised(String path, String body) {
        return authorised(HttpRequest.POST(path, body));
    }

    @Test
    void healthAndDossierDescribeTheServer() {
        assertThat(http.get("/api/v1/health").json().path("status").asText()).isEqualTo("ok");

        JsonNode dossier = http.get("/api/v1/dossier").json();
        assertThat(dossier.path("title").asText()).isEqualTo("GE2019 test");
        assertThat(dossier.path("zone").asText()).isEqualTo("Europe/London");
        assertThat(dossier.path("subjects").get(0).path("accounts").path("facebook").asText()).isEqualTo("@UKLabour");
        assertThat(dossier.path("periods").get(0).path("to").asText()).isEqualTo("2019-12-02");
        assertThat(dossier.path("metrics").findValuesAsText("id")).contains("video_views", "reach");
    }

    @Test
    void theHomePageShowsTheServedReportAndMayTalkToThisServerOnly() {
        Http.Answer page = http.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).isEqualTo("<h1>GE2019 test</h1><p>1 claims</p>");
        assertThat(http.send(HttpRequest.GET("/")).body()).isEqualTo(page.body());
        assertThat(http.head("/", "Content-Security-Policy")).contains("default-src 'none'").contains("connect-src 'self'");
    }

    @Test
    void postedObservationsAreStoredOnceListedInPagesAndDecideClaims() {
        Http.Answer created = postAuthorised("/api/v1/observations", TWO_DAYS);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("stored").asInt()).isEqualTo(2);
        assertThat(postAuthorised("/api/v1/observations", TWO_DAYS).json().path("source").asText())
                .isEqualTo(created.json().path("source").asText());

        JsonNode first = http.get("/api/v1/observations?metric=video_views&limit=1").json();
        assertThat(first.path("observations")).hasSize(1);
        assertThat(first.path("observations").get(0).path("from").asText()).isEqualTo("2019-12-01T00:00:00Z");
        JsonNode second = http.get("/api/v1/observations?metric=video_views&limit=1&cursor=" + first.path("next").asText()).json();
        assertThat(second.path("observations").get(0).path("value").path("lo").asText()).isEqualTo("60");
        assertThat(second.path("next").isNull()).isTrue();

        JsonNode verdict = postAuthorised("/api/v1/evaluations", "{\"check\": \"video_views{labour, facebook, ge2019} = 100\"}").json();
        assertThat(verdict.path("verdict").asText()).isEqualTo("true");
        assertThat(verdict.path("series").get(0).path("lo").asText()).isEqualTo("100");
        assertThat(http.get("/api/v1/report").json().path("summary").path("true").asInt()).isEqualTo(1);
    }

    @Test
    void anInvalidElementStoresNothingAndEveryErrorIsListedByIndexAndField() {
        Http.Answer answer = postAuthorised("/api/v1/observations", """
                [{"subject": "labour", "platform": "facebook", "metric": "video_views", "from": "2019-12-01", "to": "2019-12-01", "value": 1},
                 {"platform": "facebook", "metric": "video_views", "from": "2019-12-01", "to": "2019-12-01"}]""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode errors = answer.json().path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.findValuesAsText("field")).containsExactly("subject", "value");
        assertThat(errors.findValues("index")).allMatch(i -> i.asInt() == 1);
        assertThat(http.get("/api/v1/observations").json().path("observations")).isEmpty();

        Http.Answer both = postAuthorised("/api/v1/observations", """
                [{"subject": "labour", "platform": "myspace", "metric": "video_views", "from": "2019-12-01", "to": "2019-12-01", "value": 1},
                 {"platform": "facebook", "metric": "video_views", "from": "2019-12-01", "to": "2019-12-01", "value": 1}]""");
        assertThat(both.json().path("detail").asText()).startsWith("2 observations are not valid");
        assertThat(both.json().path("errors").findValuesAsText("field")).containsExactly("platform", "subject");
        assertThat(both.json().path("errors").findValuesAsText("index")).containsExactly("0", "1");

        Http.Answer unknown = postAuthorised("/api/v1/observations",
                "[{\"subject\": \"nobody\", \"platform\": \"facebook\", \"metric\": \"video_views\", \"from\": \"2019-12-01\", \"to\": \"2019-12-01\", \"value\": 1}]");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("index").asInt()).isZero();
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("subject");
    }

    @Test
    void malformedJsonIsA400WithItsLineAndColumn() {
        Http.Answer answer = postAuthorised("/api/v1/evaluations", "{\"check\": \n  oops}");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asText()).endsWith("/malformed-json");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/evaluations");
        assertThat(problem.path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("errors").get(0).path("column").asInt()).isPositive();
        assertThat(answer.body()).doesNotContain("Exception", "dev.reckon", "com.fasterxml");

        Http.Answer unclosed = postAuthorised("/api/v1/observations", "[{\"subject\": \"x\"}");
        assertThat(unclosed.status()).isEqualTo(400);
        assertThat(unclosed.json().path("errors").get(0).path("detail").asText())
                .contains("end-of-input").doesNotContain("Source", "byte[]");
    }

    @Test
    void badQueryParametersAreEachNamed() {
        Http.Answer answer = http.get("/api/v1/observations?platform=myspace&limit=0&from=yesterday&cursor=xyz");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("platform", "limit", "from", "cursor");
    }

    @Test
    void postedPostsAreStoredAsOneApiSourceAndListed() {
        Http.Answer created = postAuthorised("/api/v1/posts", """
                [{"platform": "facebook", "subject": "labour", "id": "p1", "created": "2019-12-01T12:00:00Z",
                  "values": {"post_impressions": 10}},
                 {"platform": "facebook", "subject": "labour", "id": "p2", "created": "2019-12-02T12:00:00Z",
                  "values": {"post_impressions": 20}}]""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("received").asInt()).isEqualTo(2);
        assertThat(created.json().path("stored").asInt()).isEqualTo(2);
        assertThat(created.json().path("source").asText()).matches("api/posts/[0-9a-f]{16}");
        JsonNode listed = http.get("/api/v1/posts?sort=post_impressions").json();
        assertThat(listed.path("posts").findValuesAsText("id")).containsExactly("p2", "p1");
        assertThat(listed.path("posts").get(0).path("source").asText()).isEqualTo(created.json().path("source").asText());
    }

    @Test
    void postsWithAnInvalidElementAreNotStoredAndTheProblemNamesItsIndexAndField() {
        Http.Answer answer = postAuthorised("/api/v1/posts", """
                [{"platform": "facebook", "subject": "labour", "id": "p1", "created": "2019-12-01T12:00:00Z",
                  "values": {"post_impressions": 10}},
                 {"platform": "facebook", "subject": "labour", "created": "2019-12-02T12:00:00Z",
                  "values": {"post_impressions": 20}}]""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("type").asText()).endsWith("invalid-posts");
        assertThat(answer.json().path("detail").asText()).isEqualTo("1 post is not valid, so none was stored");
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("index").asInt()).isEqualTo(1);
        assertThat(error.path("field").asText()).isEqualTo("id");
        assertThat(http.get("/api/v1/posts").json().path("posts")).isEmpty();

        assertThat(postAuthorised("/api/v1/posts", "[]").json().path("detail").asText()).contains("post at least one post");
        assertThat(postAuthorised("/api/v1/posts", "{\"id\": 1}").status()).isEqualTo(400);
    }

    @Test
    void postsAreListedOnceEachSortedInPagesAndSeriesSayWhatIsHeld() {
        InMemoryObservationStore store = new InMemoryObservationStore();
        Instant noon = Instant.parse("2019-12-01T12:00:00Z");
        try (SourceWrite write = store.replaceSource("posts.csv")) {
            for (int i = 1; i <= 3; i++) {
                write.post(new Post(new PostId(Platform.FACEBOOK, "p" + i), Subject.of("labour"), noon.plusSeconds(i),
                        Optional.of("Photo"), Optional.of("https://facebook.com/p" + i), Optional.of("Post " + i),
                        Map.of(new MetricId("post_impressions"), Interval.exactly(i * 10L)), Provenance.of("posts.csv", i + 1)));
            }
            write.accept(new Observation(Subject.of("labour"), Platform.FACEBOOK, new MetricId("post_impressions"),
                    Window.ofDay(LocalDate.of(2019, 12, 1), LONDON), Segment.TOTAL, Amount.of(Interval.exactly(60)), Provenance.of("posts.csv", 2)));
            write.commit(new SourceRecord("posts.csv", 1, "ab".repeat(32), "meta-posts", noon, 3, 3, 0));
        }
        server.close();
        server = api(store).start(RestSettings.loopback(0).withToken(TOKEN));
        http.close();
        http = new Http("http://127.0.0.1:" + server.port());

        JsonNode first = http.get("/api/v1/posts?sort=post_impressions&limit=2&period=ge2019").json();
        assertThat(first.path("posts").findValuesAsText("id")).containsExactly("p3", "p2");
        assertThat(first.path("matching").asInt()).isEqualTo(3);
        assertThat(first.path("posts").get(0).path("values").path("post_impressions").path("lo").asText()).isEqualTo("30");
        assertThat(first.path("posts").get(0).path("created").asText()).isEqualTo("2019-12-01T12:00:03Z");
        JsonNode second = http.get("/api/v1/posts?sort=post_impressions&limit=2&cursor=" + first.path("next").asText())
                .json();
        assertThat(second.path("posts").findValuesAsText("id")).containsExactly("p1");
        assertThat(second.path("next").isNull()).isTrue();

        JsonNode series = http.get("/api/v1/series").json().path("series").get(0);
        assertThat(series.path("metric").asText()).isEqualTo("post_impressions");
        assertThat(series.path("observations").asLong()).isEqualTo(1);
        assertThat(series.path("posts").asLong()).isEqualTo(3);
        assertThat(series.path("first").asText()).isEqualTo("2019-12-01");
    }

    @Test
    void postsAskedForWithWhatTheDossierLacksAreA400NamingEachParameter() {
        Http.Answer answer = http.get("/api/v1/posts?subject=nobody&period=q9&sort=nothing&limit=0&cursor=xyz");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("limit", "cursor", "subject", "period", "sort");
    }

    @Test
    void anEvaluationThatCannotBeReadIsInvalidAndAMissingCheckIsA400() {
        JsonNode invalid = postAuthorised("/api/v1/evaluations", "{\"check\": \"video_views{labour,\"}").json();
        assertThat(invalid.path("verdict").asText()).isEqualTo("invalid");
        assertThat(invalid.path("error").path("column").asInt()).isPositive();

        Http.Answer missing = postAuthorised("/api/v1/evaluations", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("check");
        assertThat(postAuthorised("/api/v1/evaluations", "{\"check\": \"1 = 1\", \"extra\": 1}").status()).isEqualTo(400);
    }

    @Test
    void twoSeriesAreComparedAndABadOneIsNamedByIndex() {
        postAuthorised("/api/v1/observations", TWO_DAYS);

        JsonNode comparison = postAuthorised("/api/v1/comparisons",
                "{\"series\": [\"video_views{labour, facebook, ge2019}\", \"video_views{tories, facebook, ge2019}\"]}").json();
        assertThat(comparison.path("kind").asText()).isEqualTo("comparison");
        assertThat(comparison.path("a").path("lo").asText()).isEqualTo("100");

        Http.Answer bad = postAuthorised("/api/v1/comparisons",
                "{\"series\": [\"video_views{labour, facebook, ge2019}\", \"video_views{nobody, facebook, ge2019}\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(postAuthorised("/api/v1/comparisons", "{\"series\": [\"x\"]}").status()).isEqualTo(400);
    }

    @Test
    void claimsAreAddedReadWithTheirVerdictReplacedAndRemoved() {
        String claim = "{\"id\": \"share\", \"text\": \"Some views\", \"check\": \"video_views{labour, facebook, ge2019} > 50\","
                + " \"source\": {\"who\": \"team\", \"where\": \"report\", \"when\": \"2020\"}}";
        assertThat(postAuthorised("/api/v1/claims", claim).status()).isEqualTo(201);
        assertThat(postAuthorised("/api/v1/claims", claim).status()).isEqualTo(409);
        assertThat(postAuthorised("/api/v1/claims", "{\"id\": \"views\", \"check\": \"1 = 1\"}").status()).isEqualTo(409);
        assertThat(http.get("/api/v1/claims").json().path("claims").findValuesAsText("id")).containsExactly("views", "share");

        assertThat(http.get("/api/v1/claims/share").json().path("verdict").asText()).isEqualTo("no-data");
        postAuthorised("/api/v1/observations", TWO_DAYS);
        JsonNode decided = http.get("/api/v1/claims/share").json();
        assertThat(decided.path("verdict").asText()).isEqualTo("true");
        assertThat(decided.path("source").path("who").asText()).isEqualTo("team");

        assertThat(authorised(HttpRequest.PUT("/api/v1/claims/share", "{\"id\": \"share\", \"check\": \"1 = 2\"}")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/claims/share").json().path("verdict").asText()).isEqualTo("false");
        assertThat(authorised(HttpRequest.PUT("/api/v1/claims/share", "{\"id\": \"other\", \"check\": \"1 = 2\"}")).status()).isEqualTo(400);
        assertThat(authorised(HttpRequest.DELETE("/api/v1/claims/views")).status()).isEqualTo(409);
        Http.Answer removed = authorised(HttpRequest.DELETE("/api/v1/claims/share"));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.contentType()).as("no body, so no content type").isEmpty();
        assertThat(http.get("/api/v1/claims/share").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/report").json().path("claims")).hasSize(1);
    }

    @Test
    void aClaimIdMayUseLettersOfAnyScriptButNoSpaceOrSlash() {
        assertThat(postAuthorised("/api/v1/claims", "{\"id\": \"cyfran-ymgyrch.1\", \"check\": \"1 = 1\"}").status()).isEqualTo(201);
        Http.Answer greek = postAuthorised("/api/v1/claims", "{\"id\": \"προβολές-2019\", \"check\": \"1 = 1\"}");
        assertThat(greek.status()).as(greek.body()).isEqualTo(201);
        assertThat(http.get("/api/v1/claims/%CF%80%CF%81%CE%BF%CE%B2%CE%BF%CE%BB%CE%AD%CF%82-2019").json().path("verdict").asText())
                .isEqualTo("true");

        for (String refused : new String[] {"a b", "a/b", "-lead", "_lead", "tab\\tin"}) {
            Http.Answer answer = postAuthorised("/api/v1/claims", "{\"id\": \"" + refused + "\", \"check\": \"1 = 1\"}");
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.json().path("errors").findValuesAsText("field")).as(refused).containsExactly("id");
        }
    }

    @Test
    void aClaimWithABadIdOrNoCheckIsA400NamingTheFields() {
        Http.Answer answer = postAuthorised("/api/v1/claims", "{\"id\": \"has space\", \"source\": {\"who\": \"x\"}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("check", "id", "source.when", "source.where");
    }

    @Test
    void importsAreReadWithTheirReportAndAnUnknownFormatIsA400() {
        String lines = "{\"subject\": \"labour\", \"platform\": \"facebook\", \"metric\": \"reach\", \"from\": \"2019-12-01\", \"to\": \"2019-12-01\", \"value\": 5}\n"
                + "{\"subject\": \"nobody\", \"platform\": \"facebook\", \"metric\": \"reach\", \"from\": \"2019-12-01\", \"to\": \"2019-12-01\", \"value\": 5}\n";
        Http.Answer report = authorised(HttpRequest.POST("/api/v1/imports?filename=reach.jsonl&format=canonical-jsonl", lines));

        assertThat(report.status()).isEqualTo(201);
        assertThat(report.json().path("rowsAccepted").asInt()).isEqualTo(1);
        assertThat(report.json().path("problems").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/observations?metric=reach").json().path("observations")).hasSize(1);

        assertThat(authorised(HttpRequest.POST("/api/v1/imports?filename=x.bin&format=nope", "x")).json().path("type").asText())
                .endsWith("/unrecognised-export");
        assertThat(authorised(HttpRequest.POST("/api/v1/imports", "x")).json().path("errors").get(0).path("field").asText())
                .isEqualTo("filename");
    }

    @Test
    void aFileKeepsItsOwnNameInAnyScriptButNeverAPathOrAControlCharacter() {
        String line = "{\"subject\": \"labour\", \"platform\": \"facebook\", \"metric\": \"reach\", \"from\": \"2019-12-01\", \"to\": \"2019-12-01\", \"value\": 5}\n";

        Http.Answer german = authorised(HttpRequest.POST("/api/v1/imports?filename=Beitr%C3%A4ge%20(1).jsonl&format=canonical-jsonl", line));
        assertThat(german.status()).as(german.body()).isEqualTo(201);
        assertThat(german.json().path("source").asText()).isEqualTo("api/imports/Beiträge (1).jsonl");

        for (String refused : new String[] {"a%2F..%2Fb.csv", "..csv", "a%0Ab.csv", "%2Fetc%2Fpasswd"}) {
            Http.Answer answer = authorised(HttpRequest.POST("/api/v1/imports?filename=" + refused, line));
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("filename");
        }
    }

    @Test
    void changesNeedTheTokenButReadsDoNot() {
        Http.Answer none = http.post("/api/v1/evaluations", "{\"check\": \"1 = 1\"}");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(http.send(HttpRequest.POST("/api/v1/evaluations", "{\"check\": \"1 = 1\"}").bearerAuth("wrong")
                .contentType("application/json")).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/report").status()).isEqualTo(200);
        assertThat(http.send(HttpRequest.HEAD("/api/v1/report")).status()).isEqualTo(200);
    }

    @Test
    void headAnswersWhatGetWouldWithoutTheBody() {
        Http.Answer report = http.send(HttpRequest.HEAD("/api/v1/report"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("application/json");
        assertThat(report.body()).isEmpty();

        Http.Answer page = http.send(HttpRequest.HEAD("/"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");

        Http.Answer misspelt = http.send(HttpRequest.HEAD("/api/v1/observations?subjet=labour"));
        assertThat(misspelt.status()).as("a HEAD is refused where its GET is").isEqualTo(400);
        assertThat(misspelt.contentType()).startsWith("application/problem+json");
        assertThat(http.send(HttpRequest.HEAD("/api/v1/observations?subject=labour")).status()).isEqualTo(200);
    }

    @Test
    void unknownRoutesWrongMethodsAndLargeBodiesAreProblems() {
        Http.Answer notFound = http.get("/api/v1/nothing");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().path("status").asInt()).isEqualTo(404);

        Http.Answer wrongMethod = authorised(HttpRequest.DELETE("/api/v1/report"));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");

        Http.Answer tooLarge = postAuthorised("/api/v1/evaluations", "{\"check\": \"" + "1".repeat(70 * 1024) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("detail").asText()).contains("64 KB");
        String bigImport = "x".repeat(100 * 1024);
        assertThat(authorised(HttpRequest.POST("/api/v1/imports?filename=a.csv", bigImport)).status()).isNotEqualTo(413);
    }

    @Test
    void concurrentWritersEachGetAnAnswerAndOneIdIsTakenOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> sameId = new ArrayList<>();
            List<Future<Integer>> days = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                String day = String.format("2019-12-%02d", i);
                sameId.add(clients.submit(() -> postAuthorised("/api/v1/claims", "{\"id\": \"once\", \"check\": \"1 = 1\"}").status()));
                days.add(clients.submit(() -> postAuthorised("/api/v1/observations", "[{\"subject\": \"labour\", \"platform\": \"facebook\","
                        + " \"metric\": \"likes\", \"from\": \"" + day + "\", \"to\": \"" + day + "\", \"value\": 1}]").status()));
            }
            List<Integer> claimAnswers = new ArrayList<>();
            for (Future<Integer> answer : sameId) {
                claimAnswers.add(answer.get());
            }
            for (Future<Integer> answer : days) {
                assertThat(answer.get()).isEqualTo(201);
            }
            assertThat(claimAnswers).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            clients.shutdownNow();
        }
        assertThat(http.get("/api/v1/observations?metric=likes").json().path("observations")).hasSize(8);
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteExists() {
        // The page at / is for people, not part of the API the document describes.
        assertThat(OpenApiRoutes.documentedRoutes()).containsExactlyElementsOf(server.routes().stream()
                .filter(route -> route.path().startsWith(RouteGroup.PREFIX)).toList());
        assertThat(http.get("/api/v1/openapi.json").json().path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void withoutATokenTheServerRefusesAnAddressBeyondThisMachine() {
        RestSettings open = new RestSettings("0.0.0.0", 0, Optional.empty(), 1024, 1024,
                RestSettings.DEFAULT_IDLE_TIMEOUT, RestSettings.DEFAULT_REQUEST_TIMEOUT);

        assertThatThrownBy(() -> api(new InMemoryObservationStore()).start(open))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a token");
    }
}
