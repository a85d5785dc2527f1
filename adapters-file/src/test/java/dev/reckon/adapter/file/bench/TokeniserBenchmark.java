package dev.reckon.adapter.file.bench;

import dev.reckon.adapter.file.csv.CsvReader;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.adapter.file.text.TextEncoding;
import dev.reckon.application.port.shared.Opener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the two passes every CSV import makes over its file, apart from what is done with the
 * fields: telling its encoding ({@link TextDecoding#detect}) and cutting it into records
 * ({@link CsvReader#next()}, touching each record's size). Not a test: run it on a generated file,
 * e.g. {@code target/bench/canonical-10000000.csv} from {@code bench/import-bench.sh}, with the
 * test classpath, as {@code TokeniserBenchmark FILE [RUNS]}. It prints the best reading-thread CPU
 * time of each pass, which a busy machine disturbs less than elapsed time.
 */
public final class TokeniserBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TokeniserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TokeniserBenchmark FILE [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Opener opener = () -> Files.newInputStream(file);
        double megabytes = Files.size(file) / 1e6;
        double bestDetect = Double.MAX_VALUE;
        double bestTokenise = Double.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            TextEncoding encoding = TextDecoding.detect(opener);
            double detect = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;

            start = THREADS.getCurrentThreadCpuTime();
            long records = 0;
            long fields = 0;
            try (CsvReader reader = CsvReader.open(opener, encoding)) {
                while (reader.next()) {
                    records++;
                    fields += reader.record().size();
                }
            }
            double tokenise = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
            bestDetect = Math.min(bestDetect, detect);
            bestTokenise = Math.min(bestTokenise, tokenise);
            System.out.printf(Locale.ROOT, "run %d: detect %s in %.3f s CPU (%.0f MB/s); %,d records, %,d fields in %.3f s CPU (%.1f ns/record)%n",
                    run, encoding, detect, megabytes / detect, records, fields, tokenise, tokenise * 1e9 / records);
        }
        System.out.printf(Locale.ROOT, "best of %d: detect %.3f s, tokenise %.3f s CPU of the reading thread%n",
                runs, bestDetect, bestTokenise);
    }
}
