package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sets by post (issue 13) over the real per-tweet exports of @rOpenSci (shared/real-exports/x-analytics,
 * January to March 2017) in a London dossier: the highest, median, mean and number of tweets, the most
 * seen tweet, and a year whose end no file covers, where posts nobody has seen may be missing. Every
 * expected value is computed here from the raw files, independently of Reckon's readers: a tweet
 * belongs to the London day of its own instant.
 */
class XRealExportsPostSetsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temp;

    private static Path exports;
    private static List<Tweet> tweets;
    private static Map<String, JsonNode> claims;

    /** One raw row: its id, London day, text, impressions and retweets. */
    private record Tweet(String id, LocalDate day, String text, String link, BigDecimal impressions, BigDecimal retweets) {
    }

    @BeforeAll
    static void checkTheDossier() throws IOException {
        exports = RepositoryFiles.realExports("x-analytics");
        tweets = readTweets();
        claims = run(checks());
    }

    @Test
    void theHighestMedianMeanAndCountOfTheQuarterMatchTheRawTweets() {
        for (String id : List.of("max", "median", "mean", "count", "max-retweets-february", "min")) {
            assertThat(verdict(id)).as(id + ": " + claims.get(id).get("explanation").asText()).isEqualTo("true");
        }
        assertThat(verdict("max-wrong")).isEqualTo("false");
        assertThat(sides(claims.get("count"))).containsExactly("88", "88");
    }

    @Test
    void theMostSeenTweetIsNamedWithItsDayTextAndLink() {
        Tweet top = ranked(inQuarter()).get(0);
        Tweet second = ranked(inQuarter()).get(1);

        assertThat(verdict("argmax")).isEqualTo("true");
        assertThat(verdict("argmax-wrong")).isEqualTo("false");
        String explanation = claims.get("argmax").get("explanation").asText();
        assertThat(explanation).contains("post " + top.id() + " (" + top.day())
                .contains(firstWords(top.text())).contains(top.link())
                .contains("the runner-up post " + second.id())
                .contains("at least " + String.format("%,d", top.impressions().subtract(second.impressions()).longValueExact()) + " less");
        // the set reads the quarter's series for its coverage, not one series per tweet
        assertThat(claims.get("argmax").get("series")).hasSize(1);
    }

    @Test
    void theJsonReportGivesThePostsTheSentenceNames() {
        Tweet top = ranked(inQuarter()).get(0);
        Tweet second = ranked(inQuarter()).get(1);

        JsonNode posts = claims.get("argmax").get("posts");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).get("id").asText()).isEqualTo(top.id());
        assertThat(posts.get(0).get("platform").asText()).isEqualTo("twitter");
        assertThat(posts.get(0).get("permalink").asText()).isEqualTo(top.link());
        assertThat(posts.get(0).get("preview").asText()).startsWith(firstWords(top.text()));
        assertThat(posts.get(0).get("created").asText()).startsWith(top.day().toString()).endsWith("Z");
        assertThat(posts.get(0).get("values").get("post_impressions").get("lo").asText()).isEqualTo(plain(top.impressions()));
        assertThat(posts.get(1).get("id").asText()).isEqualTo(second.id());
        assertThat(claims.get("max").get("posts")).hasSize(2);
        assertThat(claims.get("mean").get("posts")).isEmpty();
    }

    @Test
    void aYearWhoseEndNoFileCoversBoundsTheSetOnOneSideOnly() {
        BigDecimal top = ranked(inQuarter()).get(0).impressions();

        assertThat(verdict("year-max-at-least")).isEqualTo("true");
        assertThat(verdict("year-max-exact")).isEqualTo("undecided");
        assertThat(sides(claims.get("year-max-exact"))).containsExactly(plain(top), "+inf");
        assertThat(verdict("year-count-at-least")).isEqualTo("true");
        assertThat(sides(claims.get("year-count-at-least"))).containsExactly("88", "+inf");
        assertThat(verdict("year-argmax")).isEqualTo("undecided");
        assertThat(claims.get("year-argmax").get("explanation").asText())
                .contains("the exports do not cover all of 2017 for rOpenSci's Twitter post impressions, so a post they do "
                        + "not hold may be higher");
    }

    private static Map<String, String> checks() {
        List<Tweet> quarter = inQuarter();
        List<BigDecimal> values = quarter.stream().map(Tweet::impressions).sorted().toList();
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_UP);
        int n = values.size();
        BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        List<Tweet> ranked = ranked(quarter);
        BigDecimal februaryRetweets = tweets.stream().filter(t -> t.day().getMonthValue() == 2).map(Tweet::retweets)
                .max(Comparator.naturalOrder()).orElseThrow();
        String q1 = "post_impressions{ro, twitter, 2017-Q1} by post";
        String year = "post_impressions{ro, twitter, 2017} by post";
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("max", "max(" + q1 + ") = " + plain(values.get(n - 1)));
        checks.put("max-wrong", "max(" + q1 + ") = " + plain(values.get(n - 1).add(BigDecimal.ONE)));
        checks.put("min", "min(" + q1 + ") = " + plain(values.get(0)));
        checks.put("median", "median(" + q1 + ") = " + plain(median));
        checks.put("mean", "mean(" + q1 + ") = " + plain(mean));
        checks.put("count", "count(" + q1 + ") = " + quarter.size());
        checks.put("max-retweets-february", "max(post_retweets{ro, twitter, 2017-02} by post) = " + plain(februaryRetweets));
        checks.put("argmax", "argmax(" + q1 + ") = " + ranked.get(0).id());
        checks.put("argmax-wrong", "argmax(" + q1 + ") = " + ranked.get(1).id());
        checks.put("year-max-at-least", "max(" + year + ") >= " + plain(values.get(n - 1)));
        checks.put("year-max-exact", "max(" + year + ") = " + plain(values.get(n - 1)));
        checks.put("year-count-at-least", "count(" + year + ") >= " + quarter.size());
        checks.put("year-argmax", "argmax(" + year + ") = " + ranked.get(0).id());
        return checks;
    }

    private static List<Tweet> inQuarter() {
        return tweets.stream().filter(inQ1()).toList();
    }

    private static Predicate<Tweet> inQ1() {
        return t -> t.day().getYear() == 2017 && t.day().getMonthValue() <= 3;
    }

    /** The quarter's tweets, most seen first, with a strict winner. */
    private static List<Tweet> ranked(List<Tweet> quarter) {
        List<Tweet> ranked = quarter.stream().sorted(Comparator.comparing(Tweet::impressions).reversed()).toList();
        assertThat(ranked.get(0).impressions()).as("a strict winner").isGreaterThan(ranked.get(1).impressions());
        return ranked;
    }

    /** The first few words of a tweet, which a preview of its text begins with. */
    private static String firstWords(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.substring(0, Math.min(20, flat.length()));
    }

    private static String plain(BigDecimal value) {
        return XRealExportsClaimLanguageTest.plain(value);
    }

    private static String verdict(String id) {
        return XRealExportsClaimLanguageTest.verdictOf(claims.get(id));
    }

    private static List<String> sides(JsonNode claim) {
        JsonNode left = claim.get("sides").get("left");
        return List.of(left.get("lo").asText(), left.get("hi").asText());
    }

    private static List<Tweet> readTweets() throws IOException {
        return XRealExportsClaimLanguageTest.tweetRows(exports, (field, day) -> new Tweet(field.apply("Tweet id"), day,
                field.apply("Tweet text"), field.apply("Tweet permalink"), new BigDecimal(field.apply("impressions")),
                new BigDecimal(field.apply("retweets"))));
    }

    private static Map<String, JsonNode> run(Map<String, String> checks) throws IOException {
        Path dossier = Files.createTempDirectory(temp, "posts-");
        Files.createDirectories(dossier.resolve("data"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, dossier.resolve("data").resolve(file.getFileName()));
            }
        }
        StringBuilder yaml = new StringBuilder("timezone: Europe/London\n"
                + "subjects:\n  ro: { name: rOpenSci, accounts: { twitter: rOpenSci } }\n"
                + "data:\n  - path: data/\nclaims:\n");
        checks.forEach((id, check) -> yaml.append("  - id: ").append(id).append("\n    check: \"").append(check).append("\"\n"));
        Files.writeString(dossier.resolve("dossier.yaml"), yaml);
        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.CLAIM_FAILED);
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        JSON.readTree(run.out()).get("claims").forEach(claim -> byId.put(claim.get("id").asText(), claim));
        return byId;
    }
}
