package dev.reckon.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * The runs the launcher records its class-data archives from (AppCDS on JDK 17, the ahead-of-time
 * cache on JDK 25), over a copy of a dossier whose store is up to date but for one changed file.
 * {@code check}: a check (an import, then the report as a table) and a re-check of unchanged files
 * with a JSON report. {@code serve}: a server, until its health, report and page have answered.
 * Each gets its own archive, because a JDK 25 cache loads every class it holds at start: a check
 * would otherwise load the HTTP server's thousand classes for nothing. Not a command for people:
 * {@code java -cp reckon.jar dev.reckon.app.TrainingRun check|serve DOSSIER_DIR}.
 */
public final class TrainingRun {

    private static final int SECONDS_TO_SERVE = 60;

    private TrainingRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("check", "serve").contains(args[0])) {
            System.err.println("usage: java -cp reckon.jar " + TrainingRun.class.getName() + " check|serve DOSSIER_DIR");
            System.exit(ExitCode.UNREADABLE);
        }
        System.exit(train(args[0], args[1], new CliEnvironment(System.getenv(), false)));
    }

    /** Runs the training {@code training} over the dossier in {@code dossier}; its exit code, 0 when all went well. */
    static int train(String training, String dossier, CliEnvironment environment) throws Exception {
        if (training.equals("serve")) {
            return serve(environment, dossier);
        }
        int check = run(new ReckonComponents(environment), "check", dossier);
        int json = run(new ReckonComponents(environment), "check", dossier, "--format", "json");
        return Math.max(check, json);
    }

    private static int run(ReckonComponents components, String... args) {
        CommandLine commandLine = ReckonCli.commandLine(components, args);
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    /** Serves the dossier, asks what a client asks first, then stops the server as Ctrl-C would. */
    private static int serve(CliEnvironment environment, String dossier) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Runnable> stop = new AtomicReference<>();
        ReckonComponents components = new ReckonComponents(environment).withShutdownHooks(hook -> {
            stop.set(hook);
            started.countDown();
        });
        String port = Integer.toString(freePort());
        CompletableFuture<Integer> served = CompletableFuture.supplyAsync(
                () -> run(components, "serve", dossier, "--port", port));
        if (!started.await(SECONDS_TO_SERVE, TimeUnit.SECONDS)) {
            return ExitCode.INTERNAL_ERROR;
        }
        String base = "http://127.0.0.1:" + port;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS_TO_SERVE);
            while (!get(URI.create(base + "/api/v1/health")).contains("\"ok\"") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            for (String path : List.of("/api/v1/report", "/api/v1/dossier", "/")) {
                get(URI.create(base + path));
            }
        } finally {
            stop.get().run();
        }
        return served.get(SECONDS_TO_SERVE, TimeUnit.SECONDS);
    }

    private static String get(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream()
                : connection.getErrorStream()) {
            return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
