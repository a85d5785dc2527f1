package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Builds readers' inputs for tests: fixtures, the real exports beside the project, and text. */
public final class Inputs {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Subject HQ = Subject.of("hq");

    private Inputs() {
    }

    /** A directory where subject {@code hq} has the given account on each platform. */
    public static SubjectDirectory accounts(Map<Platform, String> accounts) {
        return SubjectDirectory.of(Map.of(HQ, accounts));
    }

    public static ImportContext context(ZoneId zone, SubjectDirectory subjects) {
        return ImportContext.of(zone, MetricCatalogue.builtIn(), subjects, "import-1");
    }

    public static Path fixture(String relative) {
        return Path.of("src", "test", "resources", "fixtures").resolve(relative);
    }

    public static ExportInput file(Path path, ImportContext context) {
        return new ExportInput(path.getFileName().toString(), () -> Files.newInputStream(path), context);
    }

    /** A fixture read under another name, as when a user renames a file. */
    public static ExportInput file(Path path, String name, ImportContext context) {
        return new ExportInput(name, () -> Files.newInputStream(path), context);
    }

    /** A context whose entry names the subject, for files that do not name their account. */
    public static ImportContext withSubject(ZoneId zone, Subject subject) {
        return new ImportContext(zone, MetricCatalogue.builtIn(), SubjectDirectory.empty(), java.util.Optional.of(subject),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), "import-1");
    }

    public static ExportInput text(String fileName, String text, ImportContext context) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ExportInput(fileName, () -> new ByteArrayInputStream(bytes), context);
    }

    /** The header a registry would show a reader. */
    public static ExportHeader header(ExportInput input) {
        try {
            return ExportHeader.of(input.fileName(), TextDecoding.firstLines(input.opener(), ExportHeader.MAX_LINES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A folder of real exports: {@code -Dreckon.realExports=...}, or {@code shared/real-exports} beside
     * the project's folder (one level further up from a git worktree). Skips the test when it is
     * absent (a user's clone has no shared folder).
     */
    public static Path realExports(String folder) {
        String configured = System.getProperty("reckon.realExports");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "real-exports");
        if (configured == null && !Files.isDirectory(root)) {
            root = Path.of("..", "..", "..", "shared", "real-exports");
        }
        Path path = root.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(path), "real exports not found at " + path.toAbsolutePath());
        return path;
    }
}
