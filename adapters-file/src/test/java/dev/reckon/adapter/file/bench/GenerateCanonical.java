package dev.reckon.adapter.file.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a benchmark's canonical CSV for {@code bench/first-import-bench.sh}: arguments the file,
 * the rows and the order, {@code ordered} (the import benchmark's file, {@link BenchmarkFiles#writeCanonical})
 * or {@code random} ({@link BenchmarkFiles#writeRandomCanonical}). With a fourth argument, also writes
 * the subjects' ids there, one a line, for the dossier. Not a test.
 */
public final class GenerateCanonical {

    private GenerateCanonical() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: GenerateCanonical FILE ROWS ordered|random [SUBJECTS_FILE]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        boolean random = switch (args[2]) {
            case "ordered" -> false;
            case "random" -> true;
            default -> throw new IllegalArgumentException("order must be 'ordered' or 'random', not '" + args[2] + "'");
        };
        long start = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        if (random) {
            BenchmarkFiles.writeRandomCanonical(partial, rows);
        } else {
            BenchmarkFiles.writeCanonical(partial, rows);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (args.length > 3) {
            StringBuilder subjects = new StringBuilder();
            if (random) {
                for (int subject = 0; subject < BenchmarkFiles.RANDOM_SUBJECTS; subject++) {
                    subjects.append(BenchmarkFiles.randomSubject(subject)).append('\n');
                }
            } else {
                BenchmarkFiles.SUBJECTS.forEach(subject -> subjects.append(subject).append('\n'));
            }
            Files.writeString(Path.of(args[3]), subjects);
        }
        System.out.printf(Locale.ROOT, "generated %s (%,d rows in %s order, %,d MB) in %.1f s%n", file, rows, args[2],
                Files.size(file) >> 20, (System.nanoTime() - start) / 1e9);
    }
}
