package dev.reckon.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.adapter.rest.server.RouteGroup;
import io.javalin.config.RoutesConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the server treats requests as such: slow ones, streamed bodies, and a stop while one is answered. */
class RestServerBehaviourTest {

    /** A route that waits until the test lets it answer. */
    private static final class HeldRoute implements RouteGroup {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void register(RoutesConfig routes, RequestBodies bodies) {
            routes.get(PREFIX + "/held", ctx -> {
                entered.countDown();
                release.await(1, TimeUnit.MINUTES);
                ctx.result("done");
            });
            routes.post(PREFIX + "/echo", ctx -> ctx.result(bodies.read(ctx)));
        }
    }

    @Test
    void aRequestNotAnsweredInTimeIsA503ProblemAndTheServerGoesOn() throws Exception {
        HeldRoute held = new HeldRoute();
        try (RestServer server = RestServer.start(RestSettings.loopback(0).withRequestTimeout(Duration.ofMillis(200)),
                List.of(held)); Http http = new Http("http://127.0.0.1:" + server.port())) {
            Http.Answer late = http.get("/api/v1/held");
            held.release.countDown();

            assertThat(late.status()).isEqualTo(503);
            assertThat(late.json().path("type").asText()).endsWith("/timeout");
            assertThat(http.post("/api/v1/echo", "{}").body()).isEqualTo("{}");
        }
    }

    @Test
    void aStopLetsTheRequestInFlightFinish() throws Exception {
        HeldRoute held = new HeldRoute();
        RestServer server = RestServer.start(RestSettings.loopback(0), List.of(held));
        try (Http http = new Http("http://127.0.0.1:" + server.port())) {
            CompletableFuture<Http.Answer> inFlight = CompletableFuture.supplyAsync(() -> http.get("/api/v1/held"));
            assertThat(held.entered.await(1, TimeUnit.MINUTES)).isTrue();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            held.release.countDown();

            assertThat(inFlight.get(1, TimeUnit.MINUTES).body()).isEqualTo("done");
            stopping.get(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void aStreamedBodyWithoutALengthIsCutOffAtTheLimit() throws Exception {
        try (RestServer server = RestServer.start(RestSettings.loopback(0).withLimits(1024, 2048), List.of(new HeldRoute()))) {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + "/api/v1/echo")
                    .toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setChunkedStreamingMode(256);
            byte[] kilobyte = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = connection.getOutputStream()) {
                for (int i = 0; i < 8; i++) {
                    out.write(kilobyte);
                }
            } catch (IOException closedByTheServer) {
                // The server may answer and close before the whole body is sent; the answer is what counts.
            }

            assertThat(connection.getResponseCode()).isEqualTo(413);
            assertThat(read(connection.getErrorStream())).contains("larger than the 1 KB");
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
