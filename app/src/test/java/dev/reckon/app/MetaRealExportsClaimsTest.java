package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims over the real Meta Business Suite page exports (shared/real-exports/meta-business-suite:
 * Views, Viewers and FollowerHistory of one page, August to October 2025) in a New York dossier,
 * with a later export of Views that revises three October days. Every expected value is computed
 * here from the raw files, independently of Reckon's readers.
 */
class MetaRealExportsClaimsTest {

    private static final LocalDate REVISED_FROM = LocalDate.of(2025, 10, 15);

    @TempDir
    static Path temp;

    private static TreeMap<LocalDate, Long> views;
    private static TreeMap<LocalDate, Long> viewers;
    private static TreeMap<LocalDate, Long> followers;
    private static Map<String, JsonNode> claims;

    @BeforeAll
    static void checkTheDossier() throws IOException {
        Path exports = RepositoryFiles.realExports("meta-business-suite");
        views = pageSeries(exports.resolve("Views.csv"));
        viewers = yearless(exports.resolve("Viewers.csv"), 1);
        followers = yearless(exports.resolve("FollowerHistory.csv"), 1);
        claims = run(exports, checks());
    }

    @Test
    void aWeekOfDailyViewsAddsUpExactly() {
        assertThat(verdict("week")).isEqualTo("true");
        assertThat(series("week")).containsExactly(String.valueOf(sum(views, day(9, 22), day(9, 28))), "same");
    }

    @Test
    void aMonthTheExportCoversOnlyInPartIsBoundedBelow() {
        long known = sum(views, day(9, 1), day(9, 30));
        assertThat(series("september-exact")).containsExactly(String.valueOf(known), "+inf");
        assertThat(verdict("september-exact")).isEqualTo("undecided");
        assertThat(verdict("september-above")).isEqualTo("true");
    }

    @Test
    void theLaterExportWinsAndItsRevisionShowsOnlyOnTheDaysItRevises() {
        assertThat(verdict("revised-day")).isEqualTo("true");
        assertThat(claims.get("revised-day").get("explanation").asText())
                .contains("given twice: " + String.format(Locale.ROOT, "%,d", views.get(REVISED_FROM)));
        assertThat(verdict("unrevised-day")).isEqualTo("true");
        assertThat(claims.get("unrevised-day").get("explanation").asText()).doesNotContain("given twice");
    }

    @Test
    void reachOverAWeekIsBetweenItsLargestDayAndTheSumOfItsDays() {
        List<Long> week = List.copyOf(viewers.subMap(day(8, 25), true, day(8, 31), true).values());
        assertThat(series("reach-week")).containsExactly(String.valueOf(week.stream().mapToLong(Long::longValue).max().orElseThrow()),
                String.valueOf(week.stream().mapToLong(Long::longValue).sum()));
        assertThat(verdict("reach-week")).isEqualTo("undecided");
    }

    @Test
    void followersAreTheLevelAtTheEndOfThePeriodAndNothingBeforeTheFirstRecord() {
        assertThat(verdict("followers-september")).isEqualTo("true");
        assertThat(verdict("followers-july")).isEqualTo("no-data");
    }

    @Test
    void theBestWeekIsTheOneWhoseDaysAddUpHighest() {
        assertThat(verdict("best-week")).as(claims.get("best-week").get("explanation").asText()).isEqualTo("true");
    }

    private static Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("week", "impressions{pcm, facebook, 2025-W39} = " + sum(views, day(9, 22), day(9, 28)));
        long september = sum(views, day(9, 1), day(9, 30));
        checks.put("september-exact", "impressions{pcm, facebook, 2025-09} = " + september);
        checks.put("september-above", "impressions{pcm, facebook, 2025-09} > " + (september - 1));
        checks.put("revised-day", "impressions{pcm, facebook, 2025-10-15} = " + (views.get(REVISED_FROM) + 100));
        checks.put("unrevised-day", "impressions{pcm, facebook, 2025-09-20} = " + views.get(day(9, 20)));
        List<Long> week = List.copyOf(viewers.subMap(day(8, 25), true, day(8, 31), true).values());
        long largest = week.stream().mapToLong(Long::longValue).max().orElseThrow();
        checks.put("reach-week", "reach{pcm, facebook, 2025-W35} = " + (largest + 1));
        checks.put("followers-september", "followers{pcm, facebook, 2025-09} = " + followers.floorEntry(day(9, 30)).getValue());
        checks.put("followers-july", "followers{pcm, facebook, 2025-07} > 0");
        checks.put("best-week", "argmax(impressions{pcm, facebook, 2025-09-22..2025-10-12} by week) = " + bestWeek());
        return checks;
    }

    /** Of the weeks 39 to 41 of 2025 (before the later export's days), the one whose days add up highest. */
    private static String bestWeek() {
        String best = null;
        long highest = -1;
        for (int week = 0; week < 3; week++) {
            LocalDate monday = day(9, 22).plusWeeks(week);
            long total = sum(views, monday, monday.plusDays(6));
            if (total > highest) {
                highest = total;
                best = "2025-W" + (39 + week);
            }
        }
        return best;
    }

    private static Map<String, JsonNode> run(Path exports, Map<String, String> checks) throws IOException {
        Path dossier = Files.createTempDirectory(temp, "meta-");
        Path data = Files.createDirectories(dossier.resolve("data"));
        try (Stream<Path> files = Files.list(exports)) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        Files.writeString(data.resolve("Views-later.csv"), laterViews(), StandardCharsets.UTF_16LE);
        return ChecksInADossier.check(dossier, "timezone: America/New_York\nsubjects:\n  pcm: { name: PCM page }\ndata:\n"
                + "  - { path: data/Views.csv, subject: pcm, platform: facebook }\n"
                + "  - { path: data/Views-later.csv, subject: pcm, platform: facebook }\n"
                + "  - { path: data/Viewers.csv, subject: pcm, platform: facebook, year: 2025 }\n"
                + "  - { path: data/FollowerHistory.csv, subject: pcm, platform: facebook, year: 2025 }\nclaims:\n", checks);
    }

    /** The days from 15 October each 100 views higher, as a later export of the same series writes them. */
    private static Map<LocalDate, Long> revisions() {
        Map<LocalDate, Long> revised = new TreeMap<>();
        views.tailMap(REVISED_FROM, true).forEach((day, value) -> revised.put(day, value + 100));
        return revised;
    }

    private static String laterViews() {
        StringBuilder file = new StringBuilder("\uFEFFsep=,\n\"Views\"\n\"Date\",\"Primary\"\n");
        revisions().forEach((day, value) -> file.append('"').append(day).append("T00:00:00\",\"").append(value).append("\"\n"));
        return file.toString();
    }

    /** Meta's page series: UTF-16, a sep= line and a title line, then "2025-09-20T00:00:00","29146". */
    private static TreeMap<LocalDate, Long> pageSeries(Path file) throws IOException {
        TreeMap<LocalDate, Long> values = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_16);
        for (String line : lines.subList(3, lines.size())) {
            String[] cells = line.replace("\"", "").split(",");
            if (cells.length == 2) {
                values.put(LocalDate.parse(cells[0].substring(0, 10)), Long.parseLong(cells[1]));
            }
        }
        return values;
    }

    /** "August 19","5780",...: dates without a year, here 2025; cells that are not numbers are no value. */
    private static TreeMap<LocalDate, Long> yearless(Path file, int column) throws IOException {
        TreeMap<LocalDate, Long> values = new TreeMap<>();
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",");
            if (cells[column].matches("-?\\d+")) {
                values.put(MonthDay.parse(cells[0], monthDay).atYear(2025), Long.parseLong(cells[column]));
            }
        }
        return values;
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private static long sum(TreeMap<LocalDate, Long> daily, LocalDate from, LocalDate to) {
        return daily.subMap(from, true, to, true).values().stream().mapToLong(Long::longValue).sum();
    }

    private static String verdict(String id) {
        return claims.get(id).get("verdict").asText();
    }

    /** The first series' ends, "same" for the upper one when it is exact. */
    private static List<String> series(String id) {
        JsonNode series = claims.get(id).get("series").get(0);
        String lo = series.get("lo").asText();
        String hi = series.get("hi").asText();
        return List.of(lo, hi.equals(lo) ? "same" : hi);
    }
}
