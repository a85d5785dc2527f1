package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code reckon serve} command: its options, its refusals, and a stop as on SIGTERM. */
class ServeCommandTest {

    private static final String DOSSIER = """
            title: Serve test
            subjects:
              labour: { name: The Labour Party }
            claims:
              - id: sum
                check: "1 + 1 = 2"
            """;

    @TempDir
    Path dossierDir;

    /** Keeps the hooks the command registers, to run them as the JVM would on SIGTERM. */
    static final class RecordedHooks implements ShutdownHooks {

        final CountDownLatch added = new CountDownLatch(1);
        private volatile Runnable hook;

        @Override
        public void add(Runnable hook) {
            this.hook = hook;
            added.countDown();
        }

        void stop() throws InterruptedException {
            assertThat(added.await(1, TimeUnit.MINUTES)).as("the server started").isTrue();
            hook.run();
        }
    }

    @Test
    void servesTheDossierWithItsTokenUntilStopped() throws Exception {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DOSSIER);
        RecordedHooks hooks = new RecordedHooks();
        int port = freePort();
        CliEnvironment environment = new CliEnvironment(Map.of(ServeCommand.TOKEN_VARIABLE, "t0ken"), false);

        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.run(
                CliRun.components(environment, components -> components.withShutdownHooks(hooks)),
                "serve", dossierDir.toString(), "--port", String.valueOf(port)));
        assertThat(hooks.added.await(1, TimeUnit.MINUTES)).isTrue();
        try (HttpClient http = HttpClient.create(URI.create("http://127.0.0.1:" + port).toURL())) {
            awaitImported(http);
            HttpResponse<String> report = http.toBlocking().exchange(HttpRequest.GET("/api/v1/report"), String.class);
            assertThat(report.body()).contains("\"verdict\":\"true\"");
            assertThat(status(http, HttpRequest.POST("/api/v1/evaluations", "{\"check\": \"1 = 1\"}"))).isEqualTo(401);
            assertThat(status(http, HttpRequest.POST("/api/v1/evaluations", "{\"check\": \"1 = 1\"}").bearerAuth("t0ken")))
                    .isEqualTo(200);
        }
        hooks.stop();

        CliRun done = run.get(1, TimeUnit.MINUTES);
        assertThat(done.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(done.out()).contains("Serve test at http://127.0.0.1:" + port + "/api/v1");
        assertThat(dossierDir.resolve(".reckon/reckon.db")).exists();
    }

    @Test
    void refusesAnOpenAddressWithoutAToken() throws IOException {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DOSSIER);

        CliRun run = CliRun.run(CliRun.components(CliRun.pipe()), "serve", dossierDir.toString(), "--host", "0.0.0.0",
                "--port", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("without a token").doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsExitTwoInWords() throws IOException {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DOSSIER);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.run(CliRun.components(CliRun.pipe()), "serve", dossierDir.toString(), "--port",
                    String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("Exception");
        }
    }

    @Test
    void anEmptyTokenFileOrAMissingDossierIsExitTwo() throws IOException {
        Files.writeString(dossierDir.resolve("dossier.yaml"), DOSSIER);
        Path empty = Files.writeString(dossierDir.resolve("token"), "\n");

        CliRun emptyToken = CliRun.run(CliRun.components(CliRun.pipe()), "serve", dossierDir.toString(), "--token-file",
                empty.toString(), "--port", "0");
        CliRun missing = CliRun.run(CliRun.components(CliRun.pipe()), "serve", dossierDir.resolve("nowhere").toString());

        assertThat(emptyToken.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(emptyToken.err()).contains("is empty");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(missing.errLines()).isNotEmpty().noneMatch(line -> line.contains("Exception"));
    }

    /** The server answers before the dossier's data is imported; the data routes wait for health to say ok. */
    private static void awaitImported(HttpClient http) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!http.toBlocking().retrieve(HttpRequest.GET("/api/v1/health")).contains("\"ok\"")) {
            assertThat(System.nanoTime()).as("the import ended within a minute").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int status(HttpClient http, MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request.contentType("application/json"), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
