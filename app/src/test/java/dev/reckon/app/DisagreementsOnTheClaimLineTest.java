package dev.reckon.app;

import static dev.reckon.app.CheckDossierCliTest.reckon;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12, defect 5: over a real Facebook page export, whose 28-day impressions differ from the
 * sum of the same 28 days, the text line of the claim names both values and the file.
 */
class DisagreementsOnTheClaimLineTest {

    private static final String PAGE_EXPORT = "Facebook Insights Data Export - Visualization Studio VIC - 2014-01-01 - 2014-02-27.csv";

    @TempDir
    Path dossier;

    /** {@code ../shared/real-exports} seen from the project root, which is one level up from this module. */
    private static Path realExport(String folder, String file) {
        Path path = Stream.of(Path.of("..", "..", "shared"), Path.of("..", "..", "..", "shared"))
                .map(shared -> shared.resolve("real-exports").resolve(folder).resolve(file))
                .filter(Files::isRegularFile).findFirst().orElse(Path.of("..", "..", "shared", "real-exports", folder, file));
        Assumptions.assumeTrue(Files.isRegularFile(path), "real exports not found at " + path.toAbsolutePath());
        return path;
    }

    @Test
    void theTextLineOfAClaimNamesBothValuesAndTheFile() throws IOException {
        Files.createDirectories(dossier.resolve("data"));
        Files.copy(realExport("facebook-insights", PAGE_EXPORT), dossier.resolve("data/page.csv"));
        Files.writeString(dossier.resolve("dossier.yaml"), """
                title: a real page export
                timezone: UTC
                subjects:
                  vic: { name: Visualization Studio VIC }
                periods:
                  feb: { from: 2014-01-31, to: 2014-02-27 }
                data:
                  - path: data/page.csv
                    subject: vic
                claims:
                  - id: month
                    text: the page was seen in February
                    check: impressions{vic, facebook, feb} > 0
                """);

        CliRun run = reckon("check", dossier.toString());

        assertThat(run.outLines()).filteredOn(line -> line.contains(" month ")).singleElement().asString()
                .startsWith("true       month ")
                .endsWith(": true. The figures behind it disagree: the 28-day figure for 2014-01-31 to 2014-02-27 is 2,126"
                        + " (data/page.csv:60); the 28 daily figures (data/page.csv lines 33 to 60) add up to 1,762;"
                        + " the figure for the whole period is used.");
    }
}
