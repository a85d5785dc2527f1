package dev.reckon.app;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
