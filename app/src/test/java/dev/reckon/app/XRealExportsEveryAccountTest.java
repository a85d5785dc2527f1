package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code *} over two real accounts on two platforms: @rOpenSci's per-tweet exports (X, January to
 * March 2017) and Visualization Studio VIC's post-level export (Facebook, January to 27 February
 * 2014). Found by a new user's trial (issue 13): {@code *} ranged over every subject on every
 * platform, so a subject without a Twitter account made every set over Twitter no-data, and a set
 * by post could not take {@code *} at all. Expected values are computed from the raw files here.
 */
class XRealExportsEveryAccountTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temp;

    /** Each tweet of the quarter: its id and impressions. */
    private static List<Map.Entry<String, BigDecimal>> tweets;
    /** Each Facebook post: its id and lifetime impressions. */
    private static List<Map.Entry<String, BigDecimal>> facebookPosts;
    private static Map<String, JsonNode> claims;

    @BeforeAll
    static void checkTheDossier() throws IOException {
        Path x = RepositoryFiles.realExports("x-analytics");
        Path facebook = RepositoryFiles.realExports("facebook-insights");
        tweets = XRealExportsClaimLanguageTest.tweetRows(x, (field, day) ->
                Map.entry(field.apply("Tweet id"), new BigDecimal(field.apply("impressions"))));
        Path postLevel;
        try (Stream<Path> files = Files.list(facebook)) {
            postLevel = files.filter(f -> f.getFileName().toString().contains("(Post Level)")).findFirst().orElseThrow();
        }
        facebookPosts = facebookPosts(postLevel);
        Path dossier = temp.resolve("two-accounts");
        Files.createDirectories(dossier.resolve("data"));
        try (Stream<Path> files = Files.list(x)) {
            for (Path file : files.toList()) {
                Files.copy(file, dossier.resolve("data").resolve(file.getFileName()));
            }
        }
        Files.copy(postLevel, dossier.resolve("data").resolve(postLevel.getFileName()));
        Map<String, String> checks = checks();
        StringBuilder yaml = new StringBuilder("timezone: Europe/London\nsubjects:\n"
                + "  ro: { name: rOpenSci, accounts: { twitter: rOpenSci } }\n"
                + "  vic: { name: Visualization Studio VIC, accounts: { facebook: Visualization Studio VIC } }\n"
                + "data:\n  - path: data/\nclaims:\n");
        checks.forEach((id, check) -> yaml.append("  - id: ").append(id).append("\n    check: '").append(check).append("'\n"));
        Files.writeString(dossier.resolve("dossier.yaml"), yaml);
        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.CLAIM_FAILED);
        claims = new LinkedHashMap<>();
        JSON.readTree(run.out()).get("claims").forEach(claim -> claims.put(claim.get("id").asText(), claim));
    }

    private static Map<String, String> checks() {
        Map.Entry<String, BigDecimal> topTweet = top(tweets);
        Map.Entry<String, BigDecimal> topPost = top(facebookPosts);
        BigDecimal quarter = tweets.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("by-subject-twitter", "argmax(post_impressions{*, twitter, 2017-Q1} by subject) = ro");
        checks.put("by-subject-twitter-total", "max(post_impressions{*, twitter, 2017-Q1} by subject) = " + plain(quarter));
        checks.put("by-platform", "count(post_impressions{ro, *, 2017-Q1} by platform) = 1");
        checks.put("every-twitter-post", "max(post_impressions{*, twitter, 2017-Q1} by post) = " + plain(topTweet.getValue()));
        checks.put("every-twitter-argmax", "argmax(post_impressions{*, twitter, 2017-Q1} by post) = " + topTweet.getKey());
        checks.put("every-post-count-least", "count(post_impressions{*, *, 2017-Q1} by post) >= " + tweets.size());
        checks.put("every-post-count", "count(post_impressions{*, *, 2017-Q1} by post) = " + tweets.size());
        checks.put("every-facebook-argmax", "argmax(post_impressions{*, facebook, 2014-02-01..2014-02-27} by post) = "
                + topPost.getKey());
        checks.put("every-platform-label", "argmax(post_impressions{vic, *, 2014-02-01..2014-02-27} by post) = \"facebook:"
                + topPost.getKey() + "\"");
        return checks;
    }

    private static String verdict(String id) {
        return XRealExportsClaimLanguageTest.verdictOf(claims.get(id));
    }

    @Test
    void aSetBySubjectOverTwitterHoldsOnlyTheSubjectsOnTwitter() {
        assertThat(verdict("by-subject-twitter")).isEqualTo("true");
        assertThat(verdict("by-subject-twitter-total")).isEqualTo("true");
        assertThat(verdict("by-platform")).isEqualTo("true");
        assertThat(claims.get("by-subject-twitter").get("series")).hasSize(1);
    }

    @Test
    void aSetByPostWithStarRangesOverEveryAccountOnThePlatform() {
        Map.Entry<String, BigDecimal> topTweet = top(tweets);

        assertThat(verdict("every-twitter-post")).isEqualTo("true");
        assertThat(verdict("every-twitter-argmax")).isEqualTo("true");
        JsonNode posts = claims.get("every-twitter-argmax").get("posts");
        assertThat(posts.get(0).get("id").asText()).isEqualTo(topTweet.getKey());
        assertThat(posts.get(0).get("subject").asText()).isEqualTo("ro");
        assertThat(verdict("every-facebook-argmax")).isEqualTo("true");
        assertThat(claims.get("every-facebook-argmax").get("explanation").asText()).contains("https://www.facebook.com/");
    }

    @Test
    void anAccountWhoseExportsDoNotReachThePeriodLeavesTheSetOpen() {
        // Visualization Studio VIC's export ends in 2014: its 2017 posts are unknown, so 88 is a lower bound.
        assertThat(verdict("every-post-count-least")).isEqualTo("true");
        assertThat(verdict("every-post-count")).isEqualTo("undecided");
        assertThat(claims.get("every-post-count").get("explanation").asText())
                .contains("the exports do not cover all of 2017-Q1 for Visualization Studio VIC's Facebook post impressions");
        // '*' as the platform of vic is Facebook alone, where a post may still be named with its platform
        assertThat(verdict("every-platform-label")).isEqualTo("true");
    }

    private static Map.Entry<String, BigDecimal> top(List<Map.Entry<String, BigDecimal>> posts) {
        List<Map.Entry<String, BigDecimal>> ranked = posts.stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())).toList();
        assertThat(ranked.get(0).getValue()).as("a strict winner").isGreaterThan(ranked.get(1).getValue());
        return ranked.get(0);
    }

    /** The post-level export's rows: a header, a row of descriptions, then one row per post. */
    private static List<Map.Entry<String, BigDecimal>> facebookPosts(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = XRealExportsZonesTest.csv(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> header = rows.get(0);
        int id = header.indexOf("Post ID");
        int impressions = header.indexOf("Lifetime Post Total Impressions");
        return rows.subList(2, rows.size()).stream().filter(row -> row.size() > impressions && !row.get(id).isBlank())
                .map(row -> Map.entry(row.get(id), new BigDecimal(row.get(impressions)))).toList();
    }

    private static String plain(BigDecimal value) {
        return XRealExportsClaimLanguageTest.plain(value);
    }
}
