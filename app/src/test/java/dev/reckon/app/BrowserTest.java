package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report and the served page as a person sees them: examples/ge2019 checked to a file and
 * served, and its submission scanned to an HTML file, then opened in headless Chromium by
 * app/src/test/browser/browser-check.mjs (which fails on console errors, outside requests, low
 * contrast, charts without text, an editor whose verdict does not follow the check, a pasted
 * text whose figures are not marked in place, and a file imported from the page without its report). Without Chromium or the npm packages the test is skipped
 * on a developer's machine and fails under CI=true, where .ci/run installs both.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("RECKON_CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCRIPTS = RepositoryFiles.resolve("app/src/test/browser");

    @TempDir
    Path temp;

    @Test
    void theReportsAndThePageReadWellTheEditorFollowsTheCheckAndAPastedTextIsMarked() throws Exception {
        requireBrowser();
        Path example = RepositoryFiles.copyOf("examples/ge2019", temp);
        Path report = temp.resolve("report.html");
        CliEnvironment fixedTime = new CliEnvironment(Map.of(CliEnvironment.SOURCE_DATE_EPOCH, "1580515200"), false);
        CliRun check = CliRun.run(CliRun.components(fixedTime), "check", example.toString(), "--format", "html",
                "--out", report.toString());
        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCode.OK);
        Path scanReport = temp.resolve("scan.html");
        CliRun scan = CliRun.run(CliRun.components(CliRun.pipe()), "scan", example.resolve("submission.md").toString(),
                "--format", "html", "--out", scanReport.toString());
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);

        ServeCommandTest.RecordedHooks hooks = new ServeCommandTest.RecordedHooks();
        int port = freePort();
        CompletableFuture<CliRun> serve = CompletableFuture.supplyAsync(() -> CliRun.run(
                CliRun.components(CliRun.pipe(), components -> components.withShutdownHooks(hooks)),
                "serve", example.toString(), "--port", String.valueOf(port)));
        assertThat(hooks.added.await(2, TimeUnit.MINUTES)).as("the server started").isTrue();
        try {
            Path shots = Path.of(System.getenv().getOrDefault("RECKON_SCREENSHOTS",
                    RepositoryFiles.resolve("app/target/browser").toString()));
            Run run = node("browser-check.mjs", "--report", report.toString(), "--scan-report", scanReport.toString(),
                    "--page", "http://127.0.0.1:" + port + "/",
                    "--shots", shots.toString(),
                    "--edit", "video_views{labour, facebook, ge2019} > video_views{labour, facebook, ge2017}",
                    "--expect", "false",
                    "--broken", "video_views{labour, facebok, ge2019} > 1",
                    "--broken-after-emoji", "reach{labour, facebook, ge2019, town=\"\uD83C\uDF89\"} > 1 )",
                    "--expect-mark", ")",
                    "--import-csv", "subject,platform,metric,from,to,segment,value\nlabour,facebook,reach,2019-12-06,2019-12-06,,98k\n"
                            + "labour,myspace,reach,2019-12-06,2019-12-06,,1\n",
                    "--import-expect", "Read Beiträge (1).csv as canonical-csv (UTF-8): 2 rows, 1 accepted, 1 rejected.",
                    "--import-problem", "Line 3, column 2 (platform): unknown platform 'myspace'",
                    "--paste", "Over the whole campaign 865,000 people shared our posts, and 436,000 of them (50.4%) "
                            + "had never interacted with the page before. We raised £12,000 from 400 donors, an average of £45.");
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("every browser check passed");
        } finally {
            hooks.stop();
            serve.get(1, TimeUnit.MINUTES);
        }
    }

    private static void requireBrowser() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install chromium)");
        }
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
            missing.add(SCRIPTS.resolve("node_modules") + " (npm ci in " + SCRIPTS + ")");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "the browser tests need " + String.join(" and ", missing);
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + "; .ci/run installs them");
        }
        Assumptions.abort(message);
    }

    private record Run(int exitCode, String output) {
    }

    private static Run node(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "cannot read the script's output: " + e.getMessage();
            }
        });
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, "node " + script + " did not finish within 3 minutes\n" + output.getNow(""));
        }
        return new Run(process.exitValue(), output.join());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
