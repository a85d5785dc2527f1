package dev.reckon.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.fixture.InMemoryObservationStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Clients that trickle their bodies in hold nothing for long, and never keep others waiting. */
class SlowBodiesTest {

    private static final int SLOW_CLIENTS = 12;
    private static final Duration BODY_LIMIT = Duration.ofSeconds(2);

    @Test
    void slowBodiesAreCutOffInTimeWhileOthersAreAnsweredAtOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(SLOW_CLIENTS);
        try (RestServer server = RestApiTest.api(new InMemoryObservationStore())
                .start(RestSettings.loopback(0).withIdleTimeout(BODY_LIMIT))) {
            List<Future<RawHttp.Answer>> slow = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(clients.submit(() -> trickle(server.port())));
            }
            Thread.sleep(500);

            long asked = System.nanoTime();
            RawHttp.Answer health = RawHttp.exchange(server.port(),
                    "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", Duration.ofSeconds(5));
            long healthMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);

            assertThat(health.status()).isEqualTo(200);
            assertThat(healthMillis).isLessThan(1000);
            for (Future<RawHttp.Answer> answer : slow) {
                RawHttp.Answer cutOff = answer.get(30, TimeUnit.SECONDS);
                assertThat(cutOff.status()).as(cutOff.head()).isEqualTo(408);
                assertThat(cutOff.body()).contains("did not arrive within 2 s");
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(10_000);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aLargeBodyAtAModestRateIsReadPastTheBareLimit() throws Exception {
        try (RestServer server = RestApiTest.api(new InMemoryObservationStore())
                .start(RestSettings.loopback(0).withIdleTimeout(Duration.ofSeconds(1)))) {
            byte[] claim = "{\"id\": \"big\", \"check\": \"1 < 2\"}".getBytes(StandardCharsets.US_ASCII);
            int length = 384 * 1024;
            try (Socket socket = RawHttp.connect(server.port(), Duration.ofSeconds(20))) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/claims HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(claim);
                // 384 KB at about 192 KB/s: two seconds, twice the bare limit, well within the rate's allowance.
                byte[] spaces = " ".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int sent = claim.length; sent < length; sent += spaces.length) {
                    out.write(spaces, 0, Math.min(spaces.length, length - sent));
                    out.flush();
                    Thread.sleep(83);
                }
                RawHttp.Answer answer = RawHttp.read(socket);

                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            }
        }
    }

    /** Posts a claim whose 200-byte body arrives one byte every 300 ms: a minute in all, if the server waited. */
    private static RawHttp.Answer trickle(int port) throws IOException, InterruptedException {
        try (Socket socket = RawHttp.connect(port, Duration.ofSeconds(20))) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/claims HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (int i = 0; i < 200 && !socket.isInputShutdown(); i++) {
                    out.write(' ');
                    out.flush();
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                    Thread.sleep(300);
                }
            } catch (IOException closedByTheServer) {
                // The server answered and closed the connection: the answer is what counts.
            }
            return RawHttp.read(socket);
        }
    }
}
