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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily {@code post_*} series of the real @rOpenSci per-tweet exports come from the tweets
 * themselves (docs/semantics.md#posts): a later export whose window cuts a Berlin day elsewhere than
 * the earlier one replaces its own tweets' values and leaves the rest of the day as it was. Expected
 * values are computed here from the raw files, without Reckon's readers.
 */
class XRealExportsPostSeriesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xx");
    private static final String FEBRUARY = "tweet_activity_metrics_rOpenSci_20170201_20170301_en.csv";
    /** The later export: February again from the 15th, UTC, which is 01:00 of Berlin's 15 February. */
    private static final String FROM_THE_15TH = "tweet_activity_metrics_rOpenSci_20170215_20170301_en.csv";
    private static final Instant CUT = Instant.parse("2017-02-15T00:00:00Z");
    private static final LocalDate THE_15TH = LocalDate.of(2017, 2, 15);

    @TempDir
    static Path temp;

    private static Path exports;
    /** Every raw tweet of the three files. */
    private static List<Tweet> tweets;

    private record Tweet(String id, Instant time, BigDecimal impressions) {
        LocalDate berlinDay() {
            return LocalDate.ofInstant(time, BERLIN);
        }
    }

    @BeforeAll
    static void readTheRawFiles() throws IOException {
        exports = RepositoryFiles.realExports("x-analytics");
        tweets = new ArrayList<>();
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.sorted().toList()) {
                List<List<String>> rows = XRealExportsZonesTest.csv(Files.readString(file, StandardCharsets.UTF_8));
                List<String> header = rows.get(0);
                for (List<String> row : rows.subList(1, rows.size())) {
                    tweets.add(new Tweet(row.get(header.indexOf("Tweet id")),
                            OffsetDateTime.parse(row.get(header.indexOf("time")), TIME).toInstant(),
                            new BigDecimal(row.get(header.indexOf("impressions")))));
                }
            }
        }
    }

    @Test
    void aLaterExportCuttingADayElsewhereReplacesItsTweetsAndKeepsTheRestOfTheDay() throws IOException {
        Tweet revised = firstAfterTheCut();
        // The day holds a tweet before the cut (23:00 UTC on the 14th) and the revised one after it.
        assertThat(tweets).anyMatch(t -> t.berlinDay().equals(THE_15TH) && t.time().isBefore(CUT));
        assertThat(revised.berlinDay()).isEqualTo(THE_15TH);
        Path dossier = dossier("cut", revised);

        JsonNode report = json("check", dossier.toString(), "--format", "json");

        BigDecimal day = impressionsOn(d -> d.equals(THE_15TH)).add(BigDecimal.valueOf(1000));
        JsonNode daySeries = report.get("claims").get(0).get("series").get(0);
        assertThat(new BigDecimal(daySeries.get("lo").asText())).isEqualByComparingTo(day);
        assertThat(new BigDecimal(daySeries.get("hi").asText())).isEqualByComparingTo(day);
        assertThat(daySeries.get("rule").asText()).startsWith("Sum of the 3 posts created in 2017-02-15")
                .contains("from 2 files");
        BigDecimal february = impressionsOn(d -> d.getMonthValue() == 2).add(BigDecimal.valueOf(1000));
        JsonNode februarySeries = report.get("claims").get(1).get("series").get(0);
        // Berlin's February is covered whole by the UTC files: exact.
        assertThat(new BigDecimal(februarySeries.get("lo").asText())).isEqualByComparingTo(february);
        assertThat(new BigDecimal(februarySeries.get("hi").asText())).isEqualByComparingTo(february);
        assertThat(februarySeries.get("notes").toString())
                .contains("exports of posts already exported in another file were left out");
    }

    @Test
    void theQuarterIsTheSumOfEveryTweetOnceBoundedAboveByNoExportForItsFirstBerlinHour() throws IOException {
        Path dossier = dossier("quarter", firstAfterTheCut());

        JsonNode report = json("check", dossier.toString(), "--format", "json");

        BigDecimal all = tweets.stream().map(Tweet::impressions).reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode quarter = report.get("claims").get(2).get("series").get(0);
        assertThat(new BigDecimal(quarter.get("lo").asText())).isEqualByComparingTo(all.add(BigDecimal.valueOf(1000)));
        assertThat(quarter.get("hi").isNull() || quarter.get("hi").asText().equals("+inf"))
                .as("hi of %s", quarter).isTrue();
        assertThat(quarter.get("gaps")).hasSize(1);
    }

    /** The first tweet the later export gives again: the one it revises. */
    private static Tweet firstAfterTheCut() {
        return tweets.stream().filter(t -> !t.time().isBefore(CUT)).min(Comparator.comparing(Tweet::time)).orElseThrow();
    }

    private static BigDecimal impressionsOn(java.util.function.Predicate<LocalDate> days) {
        return tweets.stream().filter(t -> days.test(t.berlinDay())).map(Tweet::impressions)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CheckDossierCliTest.reckon(args);
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.CLAIM_FAILED);
        return JSON.readTree(run.out());
    }

    /**
     * A Berlin dossier over the three real files and, as a later entry, February's tweets from the
     * 15th (UTC) again, with 1000 more impressions on {@code revised} when it is among them.
     */
    private static Path dossier(String name, Tweet revised) throws IOException {
        Path dossier = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(dossier.resolve("data"));
        Files.createDirectories(dossier.resolve("again"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, dossier.resolve("data").resolve(file.getFileName()));
            }
        }
        Files.writeString(dossier.resolve("again").resolve(FROM_THE_15TH), fromThe15th(revised), StandardCharsets.UTF_8);
        Files.writeString(dossier.resolve("dossier.yaml"), "timezone: Europe/Berlin\n"
                + "subjects:\n  ro: { name: rOpenSci, accounts: { twitter: rOpenSci } }\n"
                + "data:\n  - path: data/\n  - path: again/\n"
                + "claims:\n"
                + "  - id: day\n    check: \"post_impressions{ro, twitter, 2017-02-15} >= 0\"\n"
                + "  - id: february\n    check: \"post_impressions{ro, twitter, 2017-02} >= 0\"\n"
                + "  - id: quarter\n    check: \"post_impressions{ro, twitter, 2017-Q1} >= 0\"\n");
        return dossier;
    }

    /** The February file's rows of the 15th (UTC) on, every cell quoted as X writes them. */
    private static String fromThe15th(Tweet revised) throws IOException {
        List<List<String>> rows = XRealExportsZonesTest.csv(Files.readString(exports.resolve(FEBRUARY),
                StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int time = header.indexOf("time");
        int impressions = header.indexOf("impressions");
        StringBuilder text = new StringBuilder(line(header));
        for (List<String> row : rows.subList(1, rows.size())) {
            if (OffsetDateTime.parse(row.get(time), TIME).toInstant().isBefore(CUT)) {
                continue;
            }
            List<String> cells = new ArrayList<>(row);
            if (cells.get(0).equals(revised.id())) {
                cells.set(impressions, new BigDecimal(cells.get(impressions)).add(BigDecimal.valueOf(1000)).toPlainString());
            }
            text.append(line(cells));
        }
        return text.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","))
                + "\n";
    }
}
