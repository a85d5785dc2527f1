package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier whose data are a campaign's unedited X exports, per tweet and daily, answers posts,
 * impressions and post_impressions claims exactly (issue 4's "done when").
 */
class XExportsDossierTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temp;

    private static CliRun run;
    private static JsonNode report;

    @BeforeAll
    static void checkTheDossier() throws Exception {
        Path dossier = RepositoryFiles.copyOf("app/src/test/resources/x-exports-dossier", temp);
        run = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
        report = JSON.readTree(run.out());
    }

    @Test
    void bothExportsAreRecognisedAndReadWhole() {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("as x-tweet-activity").contains("as x-daily-activity")
                .contains("4 rows, 4 accepted, 0 rejected").contains("5 rows, 5 accepted, 0 rejected");
    }

    @Test
    void postsImpressionsAndPostImpressionsAreExact() {
        assertThat(CheckDossierCliTest.verdicts(report)).containsExactly(
                Map.entry("posts", "true"), Map.entry("impressions", "true"), Map.entry("post-impressions", "true"),
                Map.entry("quiet-day", "true"), Map.entry("first-week", "undecided"));
        assertThat(series(0, 0)).isEqualTo(Map.entry("4", "4"));
        assertThat(series(1, 0)).isEqualTo(Map.entry("3900", "3900"));
        assertThat(series(2, 0)).isEqualTo(Map.entry("3750", "3750"));
    }

    @Test
    void aCoveredDayWithoutTweetsCountsZero() {
        assertThat(series(3, 0)).isEqualTo(Map.entry("0", "0"));
        assertThat(series(3, 1)).isEqualTo(Map.entry("0", "0"));
    }

    @Test
    void daysAfterTheExportsStayUnknown() {
        assertThat(series(4, 0)).isEqualTo(Map.entry("3900", "+inf"));
        assertThat(report.get("claims").get(4).get("series").get(0).get("gaps")).hasSize(1);
    }

    private static Map.Entry<String, String> series(int claim, int index) {
        JsonNode series = report.get("claims").get(claim).get("series").get(index);
        return Map.entry(series.get("lo").asText(), series.get("hi").asText());
    }
}
