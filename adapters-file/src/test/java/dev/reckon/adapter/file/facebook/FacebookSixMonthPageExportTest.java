package dev.reckon.adapter.file.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.readers.PlatformReaders;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page export of the shape a real six-month Facebook page export has (issue 11, item 14): 2,681
 * columns, a header line of about 150 KB, a description row of about 23 KB (a breakdown's
 * description is written on some of its columns only) and 182 days, in windows-1252 with CRLF.
 * Its header line alone is more than twice what format detection once sampled, so the file was
 * called empty. Built here rather than kept as a file: the shape is the point, not the figures.
 */
class FacebookSixMonthPageExportTest {

    private static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");
    private static final String NAME = "Facebook Insights Data Export - Visualization Studio VIC - 2014-01-01 - 2014-07-01.csv";
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 182;
    private static final int TOWNS = 1_337;
    private static final String[][] PAGE_COLUMNS = {
        {"Date", ""},
        {"Lifetime Total Likes", "Lifetime: The total number of people who have liked your Page. (Unique Users)"},
        {"Daily Total Reach", "Daily: The number of people who have seen any content associated with your Page. (Unique Users)"},
        {"Weekly Total Reach", "Weekly: The number of people who have seen any content associated with your Page. (Unique Users)"},
        {"Daily Total Impressions", "Daily: The number of impressions seen of any content associated with your Page. (Total Count)"},
        {"Weekly Total Impressions", "Weekly: The number of impressions seen of any content associated with your Page. (Total Count)"},
        {"28 Days Total Impressions", "28 Days: The number of impressions seen of any content associated with your Page. (Total Count)"},
    };
    private static final String REACH_BY_CITY = "Weekly: Total Page Reach by user city. (Unique Users)";
    private static final String LIKES_BY_CITY =
            "Lifetime: Aggregated Facebook location data, sorted by city, about the people who like your Page. (Unique Users)";

    private final ImportContext context =
            Inputs.context(MELBOURNE, Inputs.accounts(Map.of(Platform.FACEBOOK, "Visualization Studio VIC")));

    @TempDir
    Path folder;

    @Test
    void isDetectedAndReadWithEveryDayCovered() throws Exception {
        Path file = folder.resolve(NAME);
        Files.write(file, sixMonthExport());
        List<String> lines = Files.readAllLines(file, Charset.forName("windows-1252"));
        ExportInput input = Inputs.file(file, context);
        RecordingSink sink = new RecordingSink();

        ExportReader reader = new ExportReaderRegistry(PlatformReaders.all()).readerFor(input);
        ImportReport report = reader.read(input, sink);

        assertThat(ExportTable.fields(lines.get(0))).hasSize(7 + 2 * TOWNS).hasSize(2_681);
        assertThat(lines.get(0).length()).isBetween(140_000, 170_000);
        assertThat(lines.get(1).length()).isBetween(20_000, 26_000);
        assertThat(reader.format()).isEqualTo(InsightsPageReader.FORMAT);
        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(DAYS);
        assertThat(report.rowsAccepted()).isEqualTo(DAYS);
        Window sixMonths = Window.ofDays(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), MELBOURNE);
        assertThat(sink.coverageOf("impressions")).containsExactly(sixMonths);
        assertThat(sink.coverageOf("reach")).contains(sixMonths);
        assertThat(sink.total("impressions")).isEqualByComparingTo(BigDecimal.valueOf(expectedImpressions()));
        assertThat(sink.of("reach")).filteredOn(o -> o.segment().key().equals("city")).hasSize(TOWNS * DAYS);
        assertThat(sink.of("page_likes")).filteredOn(o -> o.segment().key().equals("city")).hasSize(TOWNS * DAYS);
        assertThat(sink.valueOn("page_likes", FIRST_DAY.plusDays(DAYS - 1), MELBOURNE))
                .isEqualByComparingTo(BigDecimal.valueOf(100 + DAYS - 1));
    }

    private static byte[] sixMonthExport() {
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (String[] column : PAGE_COLUMNS) {
            titles.add(column[0]);
            descriptions.add(column[1]);
        }
        for (int town = 0; town < TOWNS; town++) {
            titles.add(quoted("Weekly Reach by City - " + townName(town)));
            descriptions.add(town % 11 == 0 ? REACH_BY_CITY : "");
        }
        for (int town = 0; town < TOWNS; town++) {
            titles.add(quoted("Lifetime Likes by City - " + townName(town)));
            descriptions.add(town % 11 == 0 ? LIKES_BY_CITY : "");
        }
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", titles)).append("\r\n").append(String.join(",", descriptions)).append("\r\n");
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            text.append(date.getMonthValue()).append('/').append(date.getDayOfMonth()).append('/').append(date.getYear())
                    .append(',').append(100 + day).append(',').append(10 + day % 7).append(',').append(50 + day % 5)
                    .append(',').append(impressionsOn(day)).append(",100,400");
            for (int town = 0; town < TOWNS; town++) {
                text.append(',').append((day + town) % 9);
            }
            for (int town = 0; town < TOWNS; town++) {
                // Never 0 at first: a lifetime column's leading zeros are read as unrecorded days.
                text.append(',').append(1 + town % 5 + day / 30);
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(Charset.forName("windows-1252"));
    }

    private static String townName(int town) {
        return String.format("Town %04d, Ñorth %02d, Australia", town, town % 40);
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }

    private static int impressionsOn(int day) {
        return 20 + day % 11;
    }

    private static long expectedImpressions() {
        long total = 0;
        for (int day = 0; day < DAYS; day++) {
            total += impressionsOn(day);
        }
        return total;
    }
}
