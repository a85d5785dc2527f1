package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real page export of Visualization Studio VIC reads 0 in "Lifetime Total Likes" until
 * 11 February 2014, then 107: growth since January is not growth from nothing (issue 12, 7).
 */
class FacebookLifetimeZerosTest {

    private static final String PAGE_EXPORT =
            "Facebook Insights Data Export - Visualization Studio VIC - 2014-01-01 - 2014-02-27.csv";

    @TempDir
    Path temp;

    @Test
    void likesBeforeTheFirstRecordedDayAreUnknownSoGrowthFromThemIsNoData() throws IOException {
        Path dossier = temp.resolve("vic");
        Files.createDirectories(dossier.resolve("data"));
        Files.copy(RepositoryFiles.realExports("facebook-insights").resolve(PAGE_EXPORT),
                dossier.resolve("data").resolve(PAGE_EXPORT));
        Files.writeString(dossier.resolve("dossier.yaml"), """
                timezone: Australia/Melbourne
                subjects:
                  vic: { name: Visualization Studio VIC, accounts: { facebook: Visualization Studio VIC } }
                periods:
                  january: { from: 2014-01-01, to: 2014-01-31 }
                  late-february: { from: 2014-02-20, to: 2014-02-27 }
                data:
                  - path: data/
                claims:
                  - id: grew
                    check: "page_likes{vic, facebook, late-february} > page_likes{vic, facebook, january}"
                  - id: level
                    check: "page_likes{vic, facebook, late-february} = 128"
                """);

        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(CheckDossierCliTest.verdicts(report)).containsExactly(Map.entry("grew", "no-data"),
                Map.entry("level", "true"));
        assertThat(run.err()).contains("Lifetime Total Likes (before 2014-02-12)");
    }
}
