package dev.reckon.app;

import static dev.reckon.app.CheckDossierCliTest.reckon;
import static dev.reckon.app.CheckDossierCliTest.verdicts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example dossier of the README, checked and compared through the real command line. */
class Ge2019ExampleTest {


    @TempDir
    Path temp;

    /** A copy of examples/ge2019, so that the store a check keeps beside the dossier stays out of the repository. */
    private String example;

    @BeforeEach
    void copyTheExample() throws IOException {
        example = RepositoryFiles.copyOf("examples/ge2019", temp.resolve("repository")).toString();
    }

    @Test
    void everyClaimGetsTheVerdictTheExampleIsBuiltToShow() throws IOException {
        CliRun run = reckon("check", example, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(verdicts(report)).containsExactly(
                Map.entry("fell-back", "true"),
                Map.entry("half-the-views", "true"),
                Map.entry("donations", "true"),
                Map.entry("average-donation", "true"),
                Map.entry("final28-reach", "true"),
                Map.entry("final28-frequency", "true"),
                Map.entry("sharers", "true"),
                Map.entry("sharers-towns", "true"),
                Map.entry("towns-share", "true"),
                Map.entry("share-new", "true"),
                Map.entry("share-new-arithmetic", "true"),
                Map.entry("share-new-rounded", "undecided"),
                Map.entry("share-new-50-5", "false"),
                Map.entry("share-new-about-half", "true"),
                Map.entry("share-new-within-half-percent", "false"),
                Map.entry("jc-facebook-likes", "no-data"),
                Map.entry("jc-twitter-followers", "true"),
                Map.entry("labour-following", "true"),
                Map.entry("polling-day-engagement", "true"),
                Map.entry("pounds-versus-people", "invalid"));
        JsonNode summary = report.get("summary");
        assertThat(summary.get("true").asLong()).isEqualTo(15);
        assertThat(summary.get("false").asLong()).isEqualTo(2);
        assertThat(summary.get("undecided").asLong()).isEqualTo(1);
        assertThat(summary.get("no-data").asLong()).isEqualTo(1);
        assertThat(summary.get("invalid").asLong()).isEqualTo(1);
    }

    @Test
    void everyClaimThatReadsInventedDataSaysSo() throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(reckon("check", example, "--format", "json").out());

        for (JsonNode claim : report.get("claims")) {
            boolean readsIllustrative = StreamSupport.stream(claim.get("series").spliterator(), false)
                    .flatMap(series -> StreamSupport.stream(series.get("sources").spliterator(), false))
                    .anyMatch(source -> source.asText().startsWith("data/illustrative.csv:"));
            if (readsIllustrative) {
                assertThat(claim.get("text").asText()).as(claim.get("id").asText()).contains("illustrative");
            }
        }
        assertThat(report.get("dossier").asText()).contains("illustrative");
    }

    @Test
    void theSeriesOfADataClaimNameTheirRowsInTheArticleFile() throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(reckon("check", example, "--format", "json").out());
        JsonNode finalReach = StreamSupport.stream(report.get("claims").spliterator(), false)
                .filter(c -> c.get("id").asText().equals("final28-reach")).findFirst().orElseThrow();

        JsonNode impressions = finalReach.get("series").get(0);
        assertThat(impressions.get("ref").asText()).isEqualTo("impressions{jc,facebook,final28}");
        assertThat(impressions.get("lo").asText()).isEqualTo("324500000");
        assertThat(impressions.get("hi").asText()).isEqualTo("325500000");
        assertThat(impressions.get("observations").asInt()).isEqualTo(1);
        assertThat(impressions.get("sources").get(0).asText()).isEqualTo("data/article.csv:2");
        assertThat(impressions.get("gaps")).isEmpty();
    }

    @Test
    void theTableHasALinePerClaimThenTheSummary() {
        CliRun run = reckon("check", example);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(21);
        assertThat(run.outLines().get(0)).startsWith("true       fell-back ");
        assertThat(run.outLines().get(15)).startsWith("no-data    jc-facebook-likes ");
        assertThat(run.outLines().get(20)).isEqualTo("20 claims: 15 true, 2 false, 1 undecided, 1 no-data, 1 invalid");
        assertThat(run.err()).contains("read " + Path.of(example, "data/article.csv").normalize())
                .contains("0 rejected").doesNotContain("\tat ");
    }

    @Test
    void theDossierMayBeNamedByItsYamlFile() {
        CliRun run = reckon("check", Path.of(example, "dossier.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(21);
        assertThat(run.err()).contains("read " + Path.of(example, "data/article.csv").normalize() + " as");
    }

    @Test
    void failOnSettlesTheExitCode() {
        assertThat(reckon("check", example, "--fail-on", "invalid").exitCode()).isEqualTo(ExitCode.CLAIM_FAILED);
        assertThat(reckon("check", example, "--fail-on", "false").exitCode()).isEqualTo(ExitCode.CLAIM_FAILED);
    }

    @Test
    void outWritesTheMarkdownReport() throws IOException {
        Path file = temp.resolve("ge2019.md");

        CliRun run = reckon("check", example, "--format", "markdown", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        String report = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(report).startsWith("# Leader's Team Digital, GE2019")
                .contains("| **no-data** | `jc-facebook-likes` |")
                .contains("**Summary:** 20 claims: 15 true, 2 false, 1 undecided, 1 no-data, 1 invalid")
                .contains("### final28-reach");
    }

    @Test
    void twoSeriesGiveBothValuesTheirDifferenceRatioPercentChangeAndDirection() {
        CliRun run = reckon("compare", example, "video_views{labour, facebook, ge2019}",
                "video_views{labour, facebook, ge2017}");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(0)).startsWith("A  video_views{labour,facebook,ge2019}  31000000 (1 observation");
        assertThat(run.outLines().get(1)).startsWith("B  video_views{labour,facebook,ge2017}  61000000 (1 observation");
        assertThat(run.outLines().subList(2, 6)).containsExactly(
                "difference (A - B):            -30000000",
                "ratio (A / B):                 about 0.5082",
                "percent change ((A - B) / B):  about -49.18%",
                "direction:                     down");
        assertThat(run.err()).contains("data/illustrative.csv as canonical-csv");
    }

    @Test
    void moreSeriesAreRankedAndOneWithoutDataIsListedApart() {
        CliRun run = reckon("compare", example, "followers{labour, twitter, polling-day}",
                "followers{jc, twitter, polling-day}", "page_likes{jc, facebook, polling-day}");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).startsWith("1      followers{jc,twitter,polling-day}      [2150000, 2250000]");
        assertThat(run.outLines().get(1)).startsWith("2      followers{labour,twitter,polling-day}  825000");
        assertThat(run.outLines().get(2)).startsWith("not ranked  page_likes{jc,facebook,polling-day}  no value");
    }

    @Test
    void aSeriesTheDossierCannotResolveIsExitTwoNamingIt() {
        CliRun run = reckon("compare", example, "video_views{labour, facebook, ge2019}",
                "video_vues{labour, facebook, ge2017}");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("series 2:1:1: unknown metric 'video_vues': did you mean 'video_views'?")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
