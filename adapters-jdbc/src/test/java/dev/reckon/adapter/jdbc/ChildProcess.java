package dev.reckon.adapter.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link StoreWriterProcess} running in its own JVM, with its output read line by line. */
final class ChildProcess implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder output = new StringBuilder();

    private ChildProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a writer of {@code series * days} observations of {@code source} into {@code store}. */
    static ChildProcess write(Path store, String source, int series, int days, Duration busyTimeout) throws IOException {
        return start(store, source, series, days, busyTimeout, false);
    }

    /** Like {@link #write}, but the writer stops after it has begun, holding the lock, until {@link #resume()}. */
    static ChildProcess writeAndPause(Path store, String source, int series, int days) throws IOException {
        return start(store, source, series, days, Duration.ofSeconds(60), true);
    }

    private static ChildProcess start(Path store, String source, int series, int days, Duration busyTimeout,
                                      boolean pause) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                StoreWriterProcess.class.getName(), store.toString(), source, Integer.toString(series),
                Integer.toString(days), Long.toString(busyTimeout.toMillis())));
        if (pause) {
            command.add(StoreWriterProcess.PAUSE);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        return new ChildProcess(builder.start());
    }

    /** Lets a paused writer go on. */
    void resume() throws IOException {
        OutputStream input = process.getOutputStream();
        input.write('\n');
        input.flush();
    }

    /** Waits for a line starting with {@code prefix}; fails if the process ends or is too slow first. */
    String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("the child never printed '" + prefix + "'; its output was:\n" + output());
    }

    /** Waits for the process to end and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not finish; its output was:\n" + output());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process with SIGKILL (on Linux) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    synchronized String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (this) {
                    output.append(line).append('\n');
                }
                lines.add(line);
            }
        } catch (IOException streamClosed) {
            // The process ended; what it printed is already kept.
        }
    }
}
