package dev.reckon.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Files of the repository the tests read: docs and examples, found from the build's root. */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    static Path root() {
        String configured = System.getProperty("reckon.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("app"))) {
            throw new IllegalStateException("cannot find the repository root from " + root.toAbsolutePath());
        }
        return root.toAbsolutePath().normalize();
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /**
     * A copy of a folder of the repository (an example dossier) in {@code target}, without the
     * store a run keeps beside it: tests then neither write into the repository nor see an
     * earlier run's imports.
     */
    static Path copyOf(String relative, Path target) throws IOException {
        Path source = resolve(relative);
        Path copy = target.resolve(source.getFileName());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path inSource = source.relativize(file);
                if (inSource.startsWith(".reckon")) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy.resolve(inSource.toString()));
                } else {
                    Files.copy(file, copy.resolve(inSource.toString()));
                }
            }
        }
        return copy;
    }

    /**
     * A folder of the real exports: {@code -Dreckon.realExports=...}, or {@code shared/real-exports}
     * beside the repository (one level further up from a git worktree). Skips the test when it is
     * absent: a user's clone has no shared folder.
     */
    static Path realExports(String folder) {
        String configured = System.getProperty("reckon.realExports");
        Path exports = configured != null ? Path.of(configured) : root().resolveSibling("shared").resolve("real-exports");
        if (configured == null && !Files.isDirectory(exports)) {
            exports = root().getParent().resolveSibling("shared").resolve("real-exports");
        }
        Path path = exports.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(path), "real exports not found at " + path.toAbsolutePath());
        return path;
    }
}
