package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over the real monthly per-tweet exports of @rOpenSci, a no-data verdict tells what would help, on
 * the claim's line of the text output: the metrics the data does have, the days it covers, and the
 * rows rejected because the dossier does not give the subject its account. Issue 12, defect 6.
 */
class NoDataOverRealExportsTest {

    @TempDir
    Path dossier;

    @Test
    void impressionsAskedOfPerTweetDataNameThePostMetricsAndTheDaysCovered() throws IOException {
        writeDossier("{ twitter: rOpenSci }", """
                  - { id: served, check: "impressions{ro, twitter, q1} > 1" }
                  - { id: later, check: "post_impressions{ro, twitter, summer} > 1" }
                """);

        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString());

        assertThat(run.out()).contains("The twitter data of ro has ").contains("post_impressions")
                .contains(", not impressions.")
                .contains("The twitter post_impressions data of ro covers 2017-01-")
                .contains("outside summer (2017-06-01 to 2017-08-31).")
                .doesNotContain(", not post_impressions");
    }

    @Test
    void aSubjectWithoutItsAccountIsToldItsRowsWereRejected() throws IOException {
        writeDossier("{ }", """
                  - { id: served, check: "post_impressions{ro, twitter, q1} > 1" }
                """);

        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString());

        assertThat(run.out()).contains("no-data").contains("There is no twitter data of ro at all.")
                .containsPattern("[0-9]+ rows of data/tweet_activity_metrics_rOpenSci_2017[0-9_]+_en\\.csv were "
                        + "rejected: the twitter account 'rOpenSci' belongs to none of the dossier's subjects");
    }

    private void writeDossier(String accounts, String claims) throws IOException {
        Path exports = RepositoryFiles.realExports("x-analytics");
        Files.createDirectories(dossier.resolve("data"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, dossier.resolve("data").resolve(file.getFileName()));
            }
        }
        Files.writeString(dossier.resolve("dossier.yaml"), "subjects:\n  ro: { name: rOpenSci, accounts: " + accounts
                + " }\nperiods:\n  q1: { from: 2017-01-01, to: 2017-03-31 }\n  summer: { from: 2017-06-01, to: 2017-08-31 }\n"
                + "data:\n  - path: data/\nclaims:\n" + claims, StandardCharsets.UTF_8);
    }
}
