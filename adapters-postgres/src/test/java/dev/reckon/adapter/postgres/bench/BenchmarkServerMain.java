package dev.reckon.adapter.postgres.bench;

import dev.reckon.adapter.postgres.PostgresLocation;
import dev.reckon.adapter.postgres.ServerCpu;
import java.io.IOException;

/**
 * Starts the embedded PostgreSQL server a benchmark script runs {@code reckon} against, prints its
 * URL and then, each time a line is read from standard input, the CPU seconds the server has used;
 * stops it when standard input ends. Argument {@code tuned} for {@link BenchmarkServer#TUNED}'s
 * settings, {@code default} for the tests' server's. Not a test.
 */
public final class BenchmarkServerMain {

    private BenchmarkServerMain() {
    }

    public static void main(String[] args) throws IOException {
        PostgresLocation location = BenchmarkServer.location(args.length > 0 && args[0].equals("tuned") ? "tuned"
                : "default");
        ServerCpu cpu = ServerCpu.of(location);
        System.out.println("url " + location);
        System.out.flush();
        while (System.in.read() >= 0) {
            System.out.printf("cpu %.2f%n", cpu.seconds());
            System.out.flush();
        }
        System.exit(0);
    }
}
