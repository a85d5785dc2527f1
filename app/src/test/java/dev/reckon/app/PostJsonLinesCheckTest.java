package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier whose posts come from a {@code canonical-posts-jsonl} file (docs/canonical-format.md#posts):
 * {@code reckon check} reads them one by one for sets by post, the JSON report gives the posts an
 * explanation names, and the Markdown report lists them in the evidence.
 */
class PostJsonLinesCheckTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Three tweets of Jeremy Corbyn in March (140, 40 and 90 retweets), one in February, and one of
     * Labour's in March; the file declares it holds every post of March.
     */
    private static final String POSTS = """
            {"platform": "twitter", "subject": "jc", "id": "101", "created": "2024-03-02T10:00:00Z", "type": "Tweet", "permalink": "https://twitter.com/jc/status/101", "text": "Our best tweet of the month, by far", "values": {"post_retweets": 140, "post_impressions": 5000}}
            {"platform": "twitter", "account": "jeremycorbyn", "id": "102", "created": "2024-03-10T10:00:00Z", "values": {"post_retweets": 40, "post_impressions": 410}}
            {"platform": "twitter", "subject": "jc", "id": "103", "created": "2024-03-31T23:30:00+01:00", "permalink": "https://twitter.com/jc/status/103", "text": "Runner-up", "values": {"post_retweets": 90, "post_impressions": 2000}}
            {"platform": "twitter", "subject": "jc", "id": "100", "created": "2024-02-29T23:30:00Z", "values": {"post_retweets": 500, "post_impressions": 9000}}
            {"platform": "twitter", "subject": "labour", "id": "301", "created": "2024-03-05T10:00:00Z", "values": {"post_retweets": 700, "post_impressions": 9000}}
            """;

    private static final String MARCH = "post_retweets{jc, twitter, 2024-03}";

    @TempDir
    static Path temp;

    private static Map<String, JsonNode> claims;
    private static String markdown;

    @BeforeAll
    static void checkTheDossier() throws IOException {
        Path dossier = temp.resolve("posts");
        Files.createDirectories(dossier.resolve("data"));
        Files.writeString(dossier.resolve("data/posts.jsonl"), POSTS);
        Files.writeString(dossier.resolve("dossier.yaml"), """
                timezone: Europe/London
                subjects:
                  jc: { name: Jeremy Corbyn, accounts: { twitter: jeremycorbyn } }
                  labour: { name: Labour, accounts: { twitter: uklabour } }
                data:
                  - path: data/posts.jsonl
                    format: canonical-posts-jsonl
                    covers: { from: 2024-03-01, to: 2024-03-31 }
                claims:
                  - { id: max, check: "max(%1$s by post) = 140" }
                  - { id: argmax, check: "argmax(%1$s by post) = 101" }
                  - { id: argmax-wrong, check: "argmax(%1$s by post) = 103" }
                  - { id: count, check: "count(%1$s by post) = 3" }
                  - { id: median, check: "median(%1$s by post) = 90" }
                  - { id: every-subject, check: "argmax(post_retweets{*, twitter, 2024-03} by post) = 301" }
                  - { id: beyond-covers, check: "count(post_retweets{jc, twitter, 2024-02-15..2024-03-31} by post) = 4" }
                  - { id: beyond-covers-least, check: "count(post_retweets{jc, twitter, 2024-02-15..2024-03-31} by post) >= 4" }
                """.formatted(MARCH));
        CliRun json = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isIn(ExitCode.OK, ExitCode.CLAIM_FAILED);
        claims = new LinkedHashMap<>();
        JSON.readTree(json.out()).get("claims").forEach(claim -> claims.put(claim.get("id").asText(), claim));
        CliRun md = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "markdown");
        assertThat(md.exitCode()).as(md.err()).isIn(ExitCode.OK, ExitCode.CLAIM_FAILED);
        markdown = md.out();
    }

    private static String verdict(String id) {
        return XRealExportsClaimLanguageTest.verdictOf(claims.get(id));
    }

    @Test
    void aSetByPostReadsThePostsOfTheFileOneByOne() {
        assertThat(verdict("max")).isEqualTo("true");
        assertThat(verdict("argmax")).isEqualTo("true");
        assertThat(verdict("argmax-wrong")).isEqualTo("false");
        assertThat(verdict("count")).isEqualTo("true");
        assertThat(verdict("median")).isEqualTo("true");
        assertThat(verdict("every-subject")).isEqualTo("true");
    }

    @Test
    void theExplanationAndTheJsonReportNameTheDecidingPosts() {
        JsonNode argmax = claims.get("argmax");

        assertThat(argmax.get("explanation").asText()).contains("post 101 (2024-03-02, \"Our best tweet of the month, by far\", "
                + "https://twitter.com/jc/status/101) had 140 and the runner-up post 103 (2024-03-31, \"Runner-up\", "
                + "https://twitter.com/jc/status/103) had 90, at least 50 less");
        JsonNode posts = argmax.get("posts");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).get("id").asText()).isEqualTo("101");
        assertThat(posts.get(0).get("subject").asText()).isEqualTo("jc");
        assertThat(posts.get(0).get("permalink").asText()).isEqualTo("https://twitter.com/jc/status/101");
        assertThat(posts.get(0).get("values").get("post_retweets").get("lo").asText()).isEqualTo("140");
        // 23:30 at +01:00 on 31 March is 22:30 UTC, still 31 March in London (summer time from that morning)
        assertThat(posts.get(1).get("created").asText()).isEqualTo("2024-03-31T23:30:00+01:00");
        // the account named in the file ("jeremycorbyn") is the subject's
        assertThat(claims.get("count").get("sides").get("left").get("lo").asText()).isEqualTo("3");
    }

    @Test
    void daysTheFileDoesNotDeclareLeaveTheCountOpenAbove() {
        assertThat(verdict("beyond-covers")).isEqualTo("undecided");
        assertThat(verdict("beyond-covers-least")).isEqualTo("true");
        assertThat(claims.get("beyond-covers").get("explanation").asText())
                .contains("the exports do not cover all of 2024-02-15..2024-03-31 for Jeremy Corbyn's Twitter post retweets");
    }

    @Test
    void theMarkdownReportListsTheNamedPosts() {
        assertThat(markdown).contains("- post `twitter 101` (jc on twitter): 2024-03-02, \u201cOur best tweet of the month, by "
                + "far\u201d, <https://twitter.com/jc/status/101>, post\\_retweets 140\n");
    }
}
