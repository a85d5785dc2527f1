package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reckon check} with everything real: the dossier reader, the importers, the checker. */
class CheckDossierCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void theWorkedExamplesOfTheSemanticsGiveTheirVerdicts() throws IOException {
        Path dossier = dossier("arithmetic", """
                title: Worked examples of docs/semantics.md#verdicts
                claims:
                  - { id: w1, check: "436,000 / 865,000 = 50.4%" }
                  - { id: w2, check: "436k / 865k = 50.4%" }
                  - { id: w3, check: "436,000 / 865,000 = 50.5%" }
                  - { id: w4, check: "325m / 37.4m = 8.7" }
                  - { id: w5, check: "£85,327 / 3,752 = £22.74" }
                  - { id: w6, check: "(6,247 + 5,501 + 4,403) / 865,000 < 2%" }
                  - { id: w7, check: "436,000 / 865,000 ~ 0.5 within 2%" }
                  - { id: w8, check: "436,000 / 865,000 ~ 0.5 within 0.5%" }
                """);

        CliRun run = reckon("check", dossier.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(verdicts(JSON.readTree(run.out()))).containsExactly(Map.entry("w1", "true"),
                Map.entry("w2", "undecided"), Map.entry("w3", "false"), Map.entry("w4", "true"),
                Map.entry("w5", "true"), Map.entry("w6", "true"), Map.entry("w7", "true"), Map.entry("w8", "false"));
        assertThat(reckon("check", dossier.toString(), "--fail-on", "false").exitCode())
                .isEqualTo(ExitCode.CLAIM_FAILED);
    }

    @Test
    void brokenYamlIsExitTwoWithTheFileAndLineAndNoStackTrace() throws IOException {
        Path dossier = dossier("broken", """
                title: Broken
                claims:
                  - id: a
                    check: 1 < 2
                   - id: b
                """);

        CliRun run = reckon("check", dossier.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.errLines()).singleElement().asString()
                .matches(Pattern.quote(dossier.resolve("dossier.yaml").toString()) + ":\\d+:\\d+: .*YAML.*");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingDossierIsExitTwo() {
        CliRun run = reckon("check", temp.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("nowhere").doesNotContain("\tat ");
    }

    @Test
    void badRowsAndBadClaimsDoNotStopTheRest() throws IOException {
        Path dossier = dossier("mixed", "title: Some bad, some good\n" + LabourAtTheElection.SUBJECT_AND_PERIOD + """
                data:
                  - path: data/views.csv
                claims:
                  - id: good
                    check: video_views{labour, facebook, ge2019} = 31m
                  - id: unknown-metric
                    check: video_vues{labour, facebook, ge2019} > 1
                  - id: malformed
                    check: video_views{labour, facebook, ge2019} >
                  - id: arithmetic
                    check: 1 + 1 = 2
                """);
        write(dossier.resolve("data/views.csv"), """
                subject,platform,metric,from,to,segment,value
                labour,facebook,video_views,2019-11-06,2019-12-12,,31000000
                labour,facebook,video_views,2019-11-06,2019-12-12,,lots
                labour,facebook,video_views,2019-13-01,2019-12-12,,5
                """);

        CliRun run = reckon("check", dossier.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = JSON.readTree(run.out());
        assertThat(verdicts(report)).containsExactly(Map.entry("good", "true"), Map.entry("unknown-metric", "invalid"),
                Map.entry("malformed", "invalid"), Map.entry("arithmetic", "true"));
        JsonNode unknown = report.get("claims").get(1).get("error");
        assertThat(unknown.get("message").asText()).contains("video_vues");
        assertThat(unknown.get("line").asInt()).isEqualTo(1);
        assertThat(unknown.get("column").asInt()).isEqualTo(1);
        assertThat(report.get("claims").get(2).get("error").get("column").asInt()).isPositive();
        String csv = dossier.resolve("data/views.csv").toString();
        assertThat(run.err()).contains("read " + csv).contains("1 accepted, 2 rejected")
                .contains(csv + ":3:7").contains(csv + ":4:4");
        assertThat(run.out()).doesNotContain("rejected");
    }

    @Test
    void aPlatformExportIsRecognisedByItsHeaderAndRead() throws IOException {
        Path dossier = dossier("twitter", """
                title: Two days on Twitter
                timezone: Europe/London
                subjects:
                  labour: { name: UK Labour, accounts: { twitter: UKLabour } }
                periods:
                  two-days: { from: 2019-12-11, to: 2019-12-12 }
                data:
                  - path: data/daily_tweet_activity_metrics_UKLabour_20191211_20191213_en.csv
                claims:
                  - id: likes
                    check: likes{labour, twitter, two-days} = 1,500
                """);
        write(dossier.resolve("data/daily_tweet_activity_metrics_UKLabour_20191211_20191213_en.csv"), """
                "Date","Tweets published","impressions","engagements","engagement rate","retweets","replies","likes"
                "2019-12-11","3","10000","700","0.07","100","50","500"
                "2019-12-12","5","20000","1500","0.075","200","80","1000"
                """);

        CliRun run = reckon("check", dossier.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(verdicts(JSON.readTree(run.out()))).containsExactly(Map.entry("likes", "true"));
        assertThat(run.err()).contains("as x-daily-activity");
    }

    @Test
    void theTableOfADossierHasALinePerClaimAndTheSummary() throws IOException {
        Path dossier = dossier("small", """
                title: Small
                claims:
                  - { id: yes, check: "2 > 1" }
                  - { id: no, check: "1 > 2" }
                """);

        CliRun run = reckon("check", dossier.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).startsWith("true       yes  ");
        assertThat(run.outLines().get(1)).startsWith("false      no   ");
        assertThat(run.outLines().get(2)).isEqualTo("2 claims: 1 true, 1 false, 0 undecided, 0 no-data, 0 invalid");
    }

    static CliRun reckon(String... args) {
        return CliRun.run(CliRun.components(CliRun.pipe()), args);
    }

    static Map<String, String> verdicts(JsonNode report) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        StreamSupport.stream(report.get("claims").spliterator(), false)
                .forEach(claim -> verdicts.put(claim.get("id").asText(), claim.get("verdict").asText()));
        return verdicts;
    }

    private Path dossier(String name, String yaml) throws IOException {
        Path dir = temp.resolve(name);
        write(dir.resolve("dossier.yaml"), yaml);
        return dir;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
