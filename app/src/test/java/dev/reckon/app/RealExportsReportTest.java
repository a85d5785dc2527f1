package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report and the ClaimReview reviews of a dossier over real, unedited X and Facebook
 * exports (shared/real-exports beside the project, skipped when absent, as in a user's clone).
 */
class RealExportsReportTest {

    private static final CliEnvironment FIXED_TIME =
            new CliEnvironment(Map.of(CliEnvironment.SOURCE_DATE_EPOCH, "1580515200"), false);

    @TempDir
    static Path temp;

    private static Path dossier;

    @BeforeAll
    static void writeTheDossier() throws IOException {
        Path exports = realExports();
        dossier = temp.resolve("real-exports");
        Files.createDirectories(dossier);
        String template = Files.readString(RepositoryFiles.resolve("app/src/test/resources/real-exports-dossier/dossier.yaml.template"));
        Files.writeString(dossier.resolve("dossier.yaml"),
                template.replace("${REAL_EXPORTS}", exports.toAbsolutePath().normalize().toString().replace('\\', '/')));
    }

    @Test
    void theHtmlReportDrawsTheDailyFiguresOfTheExports() throws IOException {
        Path report = temp.resolve("report.html");
        CliRun run = CliRun.run(CliRun.components(FIXED_TIME), "check", dossier.toString(), "--allow-outside", "--format", "html",
                "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        String html = Files.readString(report);
        assertThat(html).contains("<p>5 claims: 2 true, 3 false, 0 undecided, 0 no-data, 0 invalid</p>")
                .contains("<td>x-tweet-activity</td>").contains("<td>facebook-insights-page</td>")
                .contains("10 daily figures over feb-2017 (2017-02-01 to 2017-02-28); the data covers the whole period.");
        assertThat(Pattern.compile("<rect class=\"bar\"").matcher(html).results().count()).isGreaterThan(50);
        assertThat(html).contains("Left side: 25. Right side: about 29.33. The left side lies entirely below the right side.");
    }

    @Test
    void theReviewsRateEveryClaimAndNameTheReviewer() throws IOException {
        CliRun run = CliRun.run(CliRun.components(FIXED_TIME), "check", dossier.toString(), "--allow-outside", "--format", "claimreview");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode reviews = JsonMapper.builder().build().readTree(run.out());
        assertThat(reviews).hasSize(5);
        assertThat(reviews.get(0).path("url").asText()).isEqualTo("https://example.org/real-exports.html#claim-1-posts");
        assertThat(reviews.get(0).path("author").path("name").asText()).isEqualTo("Reckon example review");
        assertThat(reviews.get(0).path("reviewRating").path("alternateName").asText()).isEqualTo("false");
        assertThat(reviews.get(0).path("itemReviewed").path("datePublished").asText()).isEqualTo("2017-03");
        assertThat(reviews.get(4).path("reviewRating").path("ratingValue").asInt()).isEqualTo(5);
        assertThat(reviews.get(0).path("reckon:evidence").path("series").get(0).path("observations").asInt()).isEqualTo(10);
    }

    /** shared/real-exports beside the project's folder, or one level further up from a git worktree. */
    private static Path realExports() {
        Path root = RepositoryFiles.root();
        for (Path candidate : new Path[] {root.resolve("../shared/real-exports"), root.resolve("../../shared/real-exports")}) {
            if (Files.isDirectory(candidate.resolve("x-analytics"))) {
                return candidate;
            }
        }
        Assumptions.abort("real exports not found beside " + root);
        return root;
    }
}
