package dev.reckon.adapter.prose.bench;

import dev.reckon.adapter.prose.ProseScanner;
import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.service.ScanTextService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Scans a text of about 1 MB, made of the corpus's texts repeated, several times and prints the
 * wall and CPU time of each run (CPU time tells more on a loaded machine), the best and the median:
 * run by bench/scan-bench.sh, not a test.
 * Arguments: the folder of corpus texts, the size in bytes, the number of runs.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        byte[] text = text(corpus, size);
        ProseScanner scanner = new ProseScanner();
        ScanTextService service = new ScanTextService(scanner);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        long[] scanCpu = new long[runs];
        TextScan last = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            scanner.scan(text);
            scanCpu[run] = threads.getCurrentThreadCpuTime() - cpuStart;
            cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            last = service.scan(new ScanTextCommand(text));
            nanos[run] = System.nanoTime() - start;
            cpu[run] = threads.getCurrentThreadCpuTime() - cpuStart;
            System.out.printf(Locale.ROOT, "run %d: %.3f s (CPU %.3f s, of which finding figures and relations %.3f s)%n",
                    run + 1, nanos[run] / 1e9, cpu[run] / 1e9, scanCpu[run] / 1e9);
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        Arrays.sort(scanCpu);
        System.out.printf(Locale.ROOT, "%,d bytes, %,d figures, %,d relations: wall best %.3f s, median %.3f s; "
                        + "CPU best %.3f s, median %.3f s (finding alone: median %.3f s)%n",
                text.length, last.text().figures().size(), last.checked().size(), nanos[0] / 1e9, nanos[runs / 2] / 1e9,
                cpu[0] / 1e9, cpu[runs / 2] / 1e9, scanCpu[runs / 2] / 1e9);
    }

    /** The corpus texts without their annotation marks, one after another until the size is reached. */
    private static byte[] text(Path corpus, int size) throws Exception {
        StringBuilder one = new StringBuilder();
        try (var files = Files.walk(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("@")) {
                        one.append(line.replaceAll("\\[\\[([^|\\]]+)\\|[a-z]+]]", "$1")).append('\n');
                    }
                }
                one.append('\n');
            }
        }
        StringBuilder all = new StringBuilder(size + one.length());
        while (all.length() < size) {
            all.append(one);
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }
}
