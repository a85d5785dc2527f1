package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real per-tweet exports of @rOpenSci (shared/real-exports/x-analytics) as posts, checked against
 * the raw files read here without Reckon's readers: one post per tweet id, placed by its own instant,
 * with the impressions its row gives; a later export of a month replaces its tweets' values.
 * Issue 13, "Posts are data" and "Seeing what a dossier holds".
 */
class XRealExportsPostsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String FEBRUARY = "tweet_activity_metrics_rOpenSci_20170201_20170301_en.csv";

    @TempDir
    static Path temp;

    private static Path exports;
    /** Each raw tweet's impressions by id, in file order. */
    private static Map<String, BigDecimal> impressions;
    private static Map<String, Instant> times;

    @BeforeAll
    static void readTheRawFiles() throws IOException {
        exports = RepositoryFiles.realExports("x-analytics");
        impressions = new LinkedHashMap<>();
        times = new LinkedHashMap<>();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xx");
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.sorted().toList()) {
                List<List<String>> rows = XRealExportsZonesTest.csv(Files.readString(file, StandardCharsets.UTF_8));
                List<String> header = rows.get(0);
                for (List<String> row : rows.subList(1, rows.size())) {
                    String id = row.get(header.indexOf("Tweet id"));
                    impressions.put(id, new BigDecimal(row.get(header.indexOf("impressions"))));
                    times.put(id, OffsetDateTime.parse(row.get(header.indexOf("time")), time).toInstant());
                }
            }
        }
    }

    @Test
    void theBerlinQuarterHoldsEightyEightPostsOnePerTweetWithTheirImpressions() throws IOException {
        Path dossier = dossier("quarter", false);

        JsonNode listing = json("posts", dossier.toString(), "--period", "q1", "--format", "json");

        Instant start = Instant.parse("2016-12-31T23:00:00Z");
        Instant end = Instant.parse("2017-03-31T22:00:00Z");
        List<String> expected = times.entrySet().stream()
                .filter(t -> !t.getValue().isBefore(start) && t.getValue().isBefore(end))
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        assertThat(expected).hasSize(88);
        assertThat(listing.get("matching").asInt()).isEqualTo(88);
        assertThat(ids(listing)).containsExactlyElementsOf(expected);
        for (JsonNode post : listing.get("posts")) {
            assertThat(new BigDecimal(post.get("values").get("post_impressions").get("lo").asText()))
                    .as("impressions of %s", post.get("id").asText())
                    .isEqualByComparingTo(impressions.get(post.get("id").asText()));
            assertThat(post.get("permalink").asText()).contains("/status/" + post.get("id").asText());
            assertThat(post.get("subject").asText()).isEqualTo("ro");
        }
    }

    @Test
    void theDailySeriesAndThePostsAgree() throws IOException {
        Path dossier = dossier("agree", false);

        JsonNode listing = json("posts", dossier.toString(), "--period", "q1", "--format", "json");
        JsonNode report = json("check", dossier.toString(), "--format", "json");

        BigDecimal fromPosts = impressionsOfPosts(listing);
        BigDecimal raw = impressions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(fromPosts).isEqualByComparingTo(raw);
        JsonNode series = report.get("claims").get(0).get("series").get(0);
        assertThat(new BigDecimal(series.get("lo").asText())).isEqualByComparingTo(fromPosts);
    }

    @Test
    void aLaterExportOfAMonthReplacesItsTweetsValuesAndAddsNoPost() throws IOException {
        Path dossier = dossier("revised", true);

        JsonNode listing = json("posts", dossier.toString(), "--period", "q1", "--format", "json");

        assertThat(listing.get("matching").asInt()).isEqualTo(88);
        String revised = firstFebruaryTweet();
        JsonNode post = StreamSupport.stream(listing.get("posts").spliterator(), false)
                .filter(p -> p.get("id").asText().equals(revised)).findFirst().orElseThrow();
        assertThat(new BigDecimal(post.get("values").get("post_impressions").get("lo").asText()))
                .isEqualByComparingTo(impressions.get(revised).add(BigDecimal.valueOf(1000)));
        assertThat(post.get("source").asText()).startsWith("again/");
    }

    @Test
    void theDailySeriesComeFromThePostsAfterALaterExportReplacesTheirValues() throws IOException {
        Path dossier = dossier("revised-series", true);

        JsonNode listing = json("posts", dossier.toString(), "--period", "q1", "--format", "json");
        JsonNode report = json("check", dossier.toString(), "--format", "json");

        BigDecimal fromPosts = impressionsOfPosts(listing);
        BigDecimal raw = impressions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // The revised tweet counts once, with its later value: not both exports' rows added up.
        assertThat(fromPosts).isEqualByComparingTo(raw.add(BigDecimal.valueOf(1000)));
        JsonNode series = report.get("claims").get(0).get("series").get(0);
        // Its lower bound: Berlin's quarter starts an hour before the UTC files cover it, so it has no upper one.
        assertThat(new BigDecimal(series.get("lo").asText())).isEqualByComparingTo(fromPosts);
    }

    @Test
    void theMostSeenTweetsComeFirstWhenSortedAndTopCutsTheList() throws IOException {
        Path dossier = dossier("sorted", false);

        JsonNode listing = json("posts", dossier.toString(), "--sort", "post_impressions", "--top", "3",
                "--format", "json");

        List<String> expected = impressions.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .limit(3).map(Map.Entry::getKey).toList();
        assertThat(ids(listing)).containsExactlyElementsOf(expected);
        assertThat(listing.get("matching").asInt()).isEqualTo(88);
    }

    @Test
    void theTableNamesEachPostAndSaysHowManyMatched() throws IOException {
        Path dossier = dossier("table", false);

        CliRun run = CheckDossierCliTest.reckon("posts", dossier.toString(), "--sort", "post_impressions", "--top", "2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        String top = impressions.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("created (Europe/Berlin)").contains("post_impressions");
        assertThat(lines.get(1)).contains(top, "ro", "twitter");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2 of 88 matching posts");
    }

    @Test
    void dataListsEverySeriesWithItsDaysObservationsAndPosts() throws IOException {
        Path dossier = dossier("data", false);

        JsonNode listing = json("data", dossier.toString(), "--format", "json");

        Map<String, JsonNode> byMetric = StreamSupport.stream(listing.get("series").spliterator(), false)
                .collect(Collectors.toMap(s -> s.get("metric").asText(), s -> s));
        JsonNode impressionsSeries = byMetric.get("post_impressions");
        assertThat(impressionsSeries.get("subject").asText()).isEqualTo("ro");
        assertThat(impressionsSeries.get("platform").asText()).isEqualTo("twitter");
        assertThat(impressionsSeries.get("posts").asLong()).isEqualTo(88);
        // Its values are summed from the tweets when read: no daily figure of it is stored.
        assertThat(impressionsSeries.get("observations").asLong()).isZero();
        assertThat(byMetric.get("posts").get("observations").asLong()).isPositive();
        // The files cover 1 January to 31 March UTC: Berlin days 1 January (from 01:00) to 1 April (to 02:00).
        assertThat(impressionsSeries.get("daysCovered").asLong()).isEqualTo(91);
        // Every post counts one 'posts', though none holds it as a value.
        assertThat(byMetric.get("posts").get("posts").asLong()).isEqualTo(88);
    }

    @Test
    void aSelectionNamingWhatTheDossierLacksIsALocatedProblem() throws IOException {
        Path dossier = dossier("problems", false);

        CliRun run = CheckDossierCliTest.reckon("posts", dossier.toString(), "--subject", "nobody", "--period", "q5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("unknown subject 'nobody'; the dossier's subjects are ro")
                .contains("unknown period 'q5'").doesNotContain("Exception");
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CheckDossierCliTest.reckon(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return JSON.readTree(run.out());
    }

    /** The sum of the listed posts' impressions. */
    private static BigDecimal impressionsOfPosts(JsonNode listing) {
        return StreamSupport.stream(listing.get("posts").spliterator(), false)
                .map(post -> new BigDecimal(post.get("values").get("post_impressions").get("lo").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> ids(JsonNode listing) {
        List<String> ids = new ArrayList<>();
        listing.get("posts").forEach(post -> ids.add(post.get("id").asText()));
        return ids;
    }

    private static String firstFebruaryTweet() throws IOException {
        List<List<String>> rows = XRealExportsZonesTest.csv(Files.readString(exports.resolve(FEBRUARY),
                StandardCharsets.UTF_8));
        return rows.get(1).get(0);
    }

    /**
     * A Berlin dossier over the three files, with a period {@code q1}; with {@code revisedFebruary},
     * a later data entry holds February again with 1000 more impressions on its first tweet.
     */
    private static Path dossier(String name, boolean revisedFebruary) throws IOException {
        Path dossier = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(dossier.resolve("data"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, dossier.resolve("data").resolve(file.getFileName()));
            }
        }
        StringBuilder yaml = new StringBuilder("timezone: Europe/Berlin\n"
                + "subjects:\n  ro: { name: rOpenSci, accounts: { twitter: rOpenSci } }\n"
                + "periods:\n  q1: { from: 2017-01-01, to: 2017-03-31 }\n"
                + "data:\n  - path: data/\n");
        if (revisedFebruary) {
            Files.createDirectories(dossier.resolve("again"));
            Files.writeString(dossier.resolve("again").resolve(FEBRUARY), revised(), StandardCharsets.UTF_8);
            yaml.append("  - path: again/\n");
        }
        yaml.append("claims:\n  - id: q1\n    check: \"post_impressions{ro, twitter, q1} >= 0\"\n");
        Files.writeString(dossier.resolve("dossier.yaml"), yaml);
        return dossier;
    }

    /** The February file with 1000 more impressions on its first tweet. */
    private static String revised() throws IOException {
        String text = Files.readString(exports.resolve(FEBRUARY), StandardCharsets.UTF_8);
        List<List<String>> rows = XRealExportsZonesTest.csv(text);
        List<String> header = rows.get(0);
        String before = rows.get(1).get(header.indexOf("impressions"));
        String after = new BigDecimal(before).add(BigDecimal.valueOf(1000)).toPlainString();
        String id = rows.get(1).get(0);
        int at = text.indexOf(id);
        int cell = text.indexOf("\"" + before + "\"", at);
        if (cell < 0) {
            cell = text.indexOf("," + before + ",", at) + 1;
            return text.substring(0, cell) + after + text.substring(cell + before.length());
        }
        return text.substring(0, cell + 1) + after + text.substring(cell + 1 + before.length());
    }
}
