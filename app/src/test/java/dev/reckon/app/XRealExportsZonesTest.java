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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three real monthly per-tweet exports of @rOpenSci (shared/real-exports/x-analytics), checked
 * in dossiers of three zones against a computation made here from the raw files, independent of
 * Reckon's readers: each tweet is placed by its own instant, and a period is complete only where
 * the files' names, read as UTC days (X splits its exports at UTC midnight), cover all of it.
 * Issue 12, defects 3 and 4.
 */
class XRealExportsZonesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PERIODS = List.of("2017-01", "2017-02", "2017-03", "2017-04", "2017-Q1",
            "2017-01-01", "2017-01-31", "2017-02-01", "2017-02-28", "2017-03-01", "2017-03-31", "2017-04-01");

    @TempDir
    static Path temp;

    private static Path exports;
    private static List<Tweet> tweets;
    private static List<Span> filesCover;

    /** One tweet of the raw files: when it was published and its impressions. */
    private record Tweet(Instant time, BigDecimal impressions) {
    }

    private record Span(Instant start, Instant end) {
    }

    /** What the raw files say of a series over a period: the sum of what they hold, and whether it is complete. */
    private record Expected(BigDecimal seen, boolean complete) {
        String hi() {
            return complete ? seen.toPlainString() : "+inf";
        }
    }

    @BeforeAll
    static void readTheRawFiles() throws IOException {
        exports = RepositoryFiles.realExports("x-analytics");
        tweets = new ArrayList<>();
        filesCover = new ArrayList<>();
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xx");
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.sorted().toList()) {
                String[] name = file.getFileName().toString().split("_");
                filesCover.add(new Span(LocalDate.parse(name[4], basic).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        LocalDate.parse(name[5], basic).atStartOfDay(ZoneOffset.UTC).toInstant()));
                List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
                List<String> header = rows.get(0);
                int timeColumn = header.indexOf("time");
                int impressionsColumn = header.indexOf("impressions");
                for (List<String> row : rows.subList(1, rows.size())) {
                    tweets.add(new Tweet(OffsetDateTime.parse(row.get(timeColumn), time).toInstant(),
                            new BigDecimal(row.get(impressionsColumn)).stripTrailingZeros()));
                }
            }
        }
    }

    @Test
    void theRawFilesHoldEightyEightTweetsAndTheOracleSeesTheEdges() {
        assertThat(tweets).hasSize(88);
        // Tokyo's January starts nine hours before the January file does: no file covers them.
        assertThat(expected("2017-01", ZoneId.of("Asia/Tokyo"), false).complete()).isFalse();
        // The tweet of 28 February 23:00 UTC is on Berlin's 1 March, with one tweet of the March file.
        assertThat(expected("2017-03-01", ZoneId.of("Europe/Berlin"), false).seen()).isEqualByComparingTo("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "Asia/Tokyo", "Europe/Berlin"})
    void postsAndPostImpressionsMatchTheRawFilesInEveryZone(String zoneId) throws IOException {
        ZoneId zone = ZoneId.of(zoneId);
        JsonNode report = check(zone, false);

        for (int i = 0; i < PERIODS.size(); i++) {
            String period = PERIODS.get(i);
            Expected posts = expected(period, zone, false);
            Expected impressions = expected(period, zone, true);
            assertThat(series(report, i, 0)).as("posts over %s in %s", period, zone)
                    .containsExactly(posts.seen().toPlainString(), posts.hi());
            assertThat(series(report, i, 1)).as("post_impressions over %s in %s", period, zone)
                    .containsExactly(impressions.seen().toPlainString(), impressions.hi());
        }
    }

    @Test
    void theBerlinQuarterCountsEveryTweetOfTheThreeFiles() throws IOException {
        JsonNode report = check(ZoneId.of("Europe/Berlin"), false);

        // Berlin's quarter starts at 23:00 UTC on 31 December, an hour no file covers: bounded below.
        assertThat(series(report, PERIODS.indexOf("2017-Q1"), 0)).containsExactly("88", "+inf");
        assertThat(series(report, PERIODS.indexOf("2017-03-01"), 0)).containsExactly("2", "2");
    }

    @Test
    void aLaterExportOfTheSameMonthRevisesItRatherThanAddingToIt() throws IOException {
        JsonNode report = check(ZoneId.of("Europe/Berlin"), true);

        assertThat(series(report, PERIODS.indexOf("2017-Q1"), 0)).containsExactly("88", "+inf");
        assertThat(series(report, PERIODS.indexOf("2017-02"), 0)).containsExactly("24", "24");
    }

    @Test
    void londonInWinterIsUtcSoItsQuarterIsExact() throws IOException {
        JsonNode report = check(ZoneId.of("Europe/London"), false);

        assertThat(series(report, PERIODS.indexOf("2017-Q1"), 0)).containsExactly("88", "88");
        // British Summer Time starts on 26 March: London's 1 April starts at 23:00 UTC, in the March file.
        assertThat(series(report, PERIODS.indexOf("2017-04-01"), 0)).containsExactly("0", "+inf");
    }

    /** Checks a dossier in {@code zone} over the three files (and a second export of February when asked). */
    private static JsonNode check(ZoneId zone, boolean februaryTwice) throws IOException {
        Path dossier = Files.createTempDirectory(temp, zone.getId().replace('/', '-') + (februaryTwice ? "-twice-" : "-"));
        Files.createDirectories(dossier.resolve("data"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, dossier.resolve("data").resolve(file.getFileName()));
            }
        }
        StringBuilder yaml = new StringBuilder("timezone: " + zone.getId() + "\n"
                + "subjects:\n  ro: { name: rOpenSci, accounts: { twitter: rOpenSci } }\n"
                + "data:\n  - path: data/\n");
        if (februaryTwice) {
            String february = "tweet_activity_metrics_rOpenSci_20170201_20170301_en.csv";
            Files.createDirectories(dossier.resolve("again"));
            Files.copy(exports.resolve(february), dossier.resolve("again").resolve(february));
            yaml.append("  - path: again/\n");
        }
        // Named periods: each is the same days as the inline period it stands for.
        yaml.append("periods:\n");
        for (String period : PERIODS) {
            LocalDate[] days = days(period);
            yaml.append("  p").append(period).append(": { from: ").append(days[0]).append(", to: ")
                    .append(days[1].minusDays(1)).append(" }\n");
        }
        yaml.append("claims:\n");
        for (String period : PERIODS) {
            yaml.append("  - id: c").append(period).append("\n    check: \"posts{ro, twitter, p").append(period)
                    .append("} >= 0 and post_impressions{ro, twitter, p").append(period).append("} >= 0\"\n");
        }
        Files.writeString(dossier.resolve("dossier.yaml"), yaml);
        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return JSON.readTree(run.out());
    }

    private static List<String> series(JsonNode report, int claim, int index) {
        JsonNode series = report.get("claims").get(claim).get("series").get(index);
        return List.of(series.get("lo").asText(), series.get("hi").asText());
    }

    /** What the raw files give for {@code period}, a month, a quarter or a day of {@code zone}. */
    private static Expected expected(String period, ZoneId zone, boolean impressions) {
        Span span = span(period, zone);
        BigDecimal seen = tweets.stream()
                .filter(t -> !t.time().isBefore(span.start()) && t.time().isBefore(span.end()))
                .map(t -> impressions ? t.impressions() : BigDecimal.ONE)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Expected(seen, covered(span));
    }

    private static Span span(String period, ZoneId zone) {
        LocalDate[] days = days(period);
        return new Span(days[0].atStartOfDay(zone).toInstant(), days[1].atStartOfDay(zone).toInstant());
    }

    /** The first day of {@code period} and the day after its last. */
    private static LocalDate[] days(String period) {
        LocalDate first;
        LocalDate next;
        if (period.endsWith("-Q1")) {
            first = LocalDate.of(Integer.parseInt(period.substring(0, 4)), 1, 1);
            next = first.plusMonths(3);
        } else if (period.length() == 7) {
            first = YearMonth.parse(period).atDay(1);
            next = first.plusMonths(1);
        } else {
            first = LocalDate.parse(period);
            next = first.plusDays(1);
        }
        return new LocalDate[] {first, next};
    }

    /** Whether the files' windows, one after the other, leave no part of {@code span} uncovered. */
    private static boolean covered(Span span) {
        Instant reached = span.start();
        for (Span file : filesCover) {
            if (!file.start().isAfter(reached) && file.end().isAfter(reached)) {
                reached = file.end();
            }
        }
        return !reached.isBefore(span.end());
    }

    /** RFC 4180 records: every field of these files is quoted, and tweet texts hold line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
