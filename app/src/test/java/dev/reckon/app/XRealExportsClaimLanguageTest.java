package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim language of issue 13 over the real per-tweet exports of @rOpenSci
 * (shared/real-exports/x-analytics, January to March 2017), in a London dossier: inline periods of
 * each kind, argmax by day and by month, a set by subject over two accounts, change, between, and a
 * period whose end no file covers. Every expected value is computed here from the raw files,
 * independently of Reckon's readers: a tweet counts on the London day of its own instant.
 */
class XRealExportsClaimLanguageTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The January file again, as the export of a second account, so that two subjects can be ranked. */
    private static final String SECOND_ACCOUNT_FILE = "tweet_activity_metrics_ropensci2_20170101_20170201_en.csv";

    @TempDir
    static Path temp;

    private static Path exports;
    /** Impressions of each tweet by its London day. */
    private static List<Map.Entry<LocalDate, BigDecimal>> tweets;
    private static Map<String, JsonNode> claims;
    private static Map<String, String> checks;

    @BeforeAll
    static void checkTheDossier() throws IOException {
        exports = RepositoryFiles.realExports("x-analytics");
        tweets = readTweets();
        checks = checks();
        claims = run(checks);
    }

    @Test
    void theRawFilesHoldEightyEightTweetsInTheQuarter() {
        assertThat(tweets).hasSize(88);
        assertThat(count(day -> YearMonth.from(day).getMonthValue() <= 3)).isEqualTo(88);
    }

    @Test
    void inlinePeriodsOfEachKindAddTheTweetsOfTheirLondonDays() {
        for (String id : List.of("day", "week", "month", "quarter", "days")) {
            assertThat(claims.get(id).get("verdict").asText()).as(id + ": " + claims.get(id).get("explanation").asText())
                    .isEqualTo("true");
        }
        assertThat(series(claims.get("quarter"), 0)).containsExactly("88", "88");
    }

    @Test
    void aYearWhoseEndNoFileCoversIsBoundedBelowNotExact() {
        assertThat(series(claims.get("year-at-least"), 0)).containsExactly("88", "+inf");
        assertThat(verdict("year-at-least")).isEqualTo("true");
        assertThat(verdict("year-exact")).isEqualTo("undecided");
    }

    @Test
    void argmaxByDayNamesTheBusiestDayOfFebruary() {
        assertThat(verdict("argmax-day")).isEqualTo("true");
        assertThat(verdict("argmax-day-wrong")).isEqualTo("false");
        assertThat(claims.get("argmax-day").get("explanation").asText()).contains(busiestDayOfFebruary().toString())
                .contains("runner-up");
        // one series per day of February, not more
        assertThat(claims.get("argmax-day").get("series")).hasSize(28);
    }

    @Test
    void argmaxByMonthNamesTheBestMonthOfTheQuarter() {
        assertThat(verdict("argmax-month")).isEqualTo("true");
        assertThat(verdict("argmin-month")).isEqualTo("true");
    }

    @Test
    void aSetBySubjectRangesOverBothAccounts() {
        assertThat(verdict("sum-by-subject")).isEqualTo("true");
        assertThat(verdict("max-by-subject")).isEqualTo("true");
        // the two accounts have the same January: neither is ahead
        assertThat(verdict("argmax-by-subject")).isEqualTo("undecided");
    }

    @Test
    void changeAndBetweenMatchTheRawFiles() {
        assertThat(verdict("change")).isEqualTo("true");
        assertThat(verdict("between")).isEqualTo("true");
        assertThat(verdict("between-wrong")).isEqualTo("false");
    }

    private static Map<String, String> checks() {
        BigDecimal january = impressions(month(1));
        BigDecimal february = impressions(month(2));
        BigDecimal march = impressions(month(3));
        LocalDate busiest = busiestDayOfFebruary();
        List<BigDecimal> months = List.of(january, february, march);
        int best = months.indexOf(months.stream().max(Comparator.naturalOrder()).orElseThrow()) + 1;
        int worst = months.indexOf(months.stream().min(Comparator.naturalOrder()).orElseThrow()) + 1;
        BigDecimal change = february.subtract(january).divide(january, MathContext.DECIMAL128)
                .movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        BigDecimal thousand = BigDecimal.valueOf(1000);
        BigDecimal below = march.divide(thousand, 0, RoundingMode.FLOOR).multiply(thousand);
        LocalDate day = LocalDate.of(2017, 1, 30);
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("day", "posts{ro, twitter, 2017-01-30} = " + count(day::equals));
        checks.put("week", "post_impressions{ro, twitter, 2017-W05} = " + plain(impressions(d -> isoWeek5(d))));
        checks.put("month", "post_impressions{ro, twitter, 2017-02} = " + plain(february));
        checks.put("quarter", "posts{ro, twitter, 2017-Q1} = " + count(d -> d.getMonthValue() <= 3));
        checks.put("days", "post_impressions{ro, twitter, 2017-01-01..2017-01-14} = "
                + plain(impressions(d -> d.getMonthValue() == 1 && d.getDayOfMonth() <= 14)));
        checks.put("year-at-least", "posts{ro, twitter, 2017} >= 88");
        checks.put("year-exact", "posts{ro, twitter, 2017} = 88");
        checks.put("argmax-day", "argmax(post_impressions{ro, twitter, 2017-02} by day) = " + busiest);
        checks.put("argmax-day-wrong", "argmax(post_impressions{ro, twitter, 2017-02} by day) = " + busiest.plusDays(1));
        checks.put("argmax-month", "argmax(post_impressions{ro, twitter, 2017-Q1} by month) = 2017-0" + best);
        checks.put("argmin-month", "argmin(post_impressions{ro, twitter, 2017-Q1} by month) = 2017-0" + worst);
        checks.put("sum-by-subject", "sum(post_impressions{*, twitter, 2017-01} by subject) = " + plain(january.add(january)));
        checks.put("max-by-subject", "max(post_impressions{*, twitter, 2017-01} by subject) = " + plain(january));
        checks.put("argmax-by-subject", "argmax(post_impressions{*, twitter, 2017-01} by subject) = ro");
        checks.put("change", "change(post_impressions{ro, twitter, 2017-02}, post_impressions{ro, twitter, 2017-01}) = "
                + change.toPlainString() + "%");
        checks.put("between", "post_impressions{ro, twitter, 2017-03} = between " + plain(below) + " and "
                + plain(below.add(thousand)));
        checks.put("between-wrong", "post_impressions{ro, twitter, 2017-03} = between " + plain(below.add(thousand))
                + " and " + plain(below.add(thousand).add(thousand)));
        return checks;
    }

    private static boolean isoWeek5(LocalDate day) {
        // ISO week 5 of 2017: Monday 30 January to Sunday 5 February
        return !day.isBefore(LocalDate.of(2017, 1, 30)) && !day.isAfter(LocalDate.of(2017, 2, 5));
    }

    private static Function<LocalDate, Boolean> month(int month) {
        return d -> d.getYear() == 2017 && d.getMonthValue() == month;
    }

    private static LocalDate busiestDayOfFebruary() {
        Map<LocalDate, BigDecimal> byDay = tweets.stream().filter(t -> month(2).apply(t.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, BigDecimal::add));
        List<Map.Entry<LocalDate, BigDecimal>> ranked = byDay.entrySet().stream()
                .sorted(Map.Entry.<LocalDate, BigDecimal>comparingByValue().reversed()).toList();
        assertThat(ranked.get(0).getValue()).as("a strict winner").isGreaterThan(ranked.get(1).getValue());
        return ranked.get(0).getKey();
    }

    private static long count(java.util.function.Predicate<LocalDate> days) {
        return tweets.stream().filter(t -> days.test(t.getKey())).count();
    }

    private static BigDecimal impressions(Function<LocalDate, Boolean> days) {
        return tweets.stream().filter(t -> days.apply(t.getKey())).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String verdict(String id) {
        return verdictOf(claims.get(id));
    }

    /** A claim's verdict in the JSON report, followed by its explanation when invalid, so a failure says why. */
    static String verdictOf(JsonNode claim) {
        return claim.get("verdict").asText() + (claim.get("verdict").asText().equals("invalid")
                ? " " + claim.get("explanation").asText() : "");
    }

    private static List<String> series(JsonNode claim, int index) {
        JsonNode series = claim.get("series").get(index);
        return List.of(series.get("lo").asText(), series.get("hi").asText());
    }

    private static List<Map.Entry<LocalDate, BigDecimal>> readTweets() throws IOException {
        return tweetRows(exports, (field, day) -> Map.entry(day, new BigDecimal(field.apply("impressions"))));
    }

    /** What a test makes of one row of a tweet export: its fields by column name, and its day in London. */
    @FunctionalInterface
    interface TweetRow<T> {
        T of(Function<String, String> field, LocalDate day);
    }

    /** Every row of the tweet exports in {@code folder}, file by file in name order, as {@code read} makes it. */
    static <T> List<T> tweetRows(Path folder, TweetRow<T> read) throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xx");
        List<T> made = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                List<List<String>> rows = XRealExportsZonesTest.csv(Files.readString(file, StandardCharsets.UTF_8));
                List<String> header = rows.get(0);
                for (List<String> row : rows.subList(1, rows.size())) {
                    LocalDate day = OffsetDateTime.parse(row.get(header.indexOf("time")), time).atZoneSameInstant(LONDON)
                            .toLocalDate();
                    made.add(read.of(column -> row.get(header.indexOf(column)), day));
                }
            }
        }
        return made;
    }

    private static Map<String, JsonNode> run(Map<String, String> checks) throws IOException {
        Path dossier = Files.createTempDirectory(temp, "language-");
        Files.createDirectories(dossier.resolve("data"));
        Files.createDirectories(dossier.resolve("second"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, dossier.resolve("data").resolve(file.getFileName()));
            }
        }
        Files.copy(exports.resolve("tweet_activity_metrics_rOpenSci_20170101_20170201_en.csv"),
                dossier.resolve("second").resolve(SECOND_ACCOUNT_FILE));
        return ChecksInADossier.check(dossier, "timezone: Europe/London\n"
                + "subjects:\n  ro: { name: rOpenSci, accounts: { twitter: rOpenSci } }\n"
                + "  ro2: { name: rOpenSci again, accounts: { twitter: ropensci2 } }\n"
                + "data:\n  - path: data/\n  - path: second/\nclaims:\n", checks);
    }
}
