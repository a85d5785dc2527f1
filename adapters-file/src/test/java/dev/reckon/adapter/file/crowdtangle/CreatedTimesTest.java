package dev.reckon.adapter.file.crowdtangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreatedTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final CreatedTimes times = new CreatedTimes(LONDON);

    @Test
    void aTimeIsInTheZoneItNamesAndItsDayIsTheDossiers() {
        Created created = times.readUsual("2023-11-13 20:00:00 EST");

        assertThat(created.instant()).isEqualTo(Instant.parse("2023-11-14T01:00:00Z"));
        assertThat(created.day()).isEqualTo(LocalDate.of(2023, 11, 14));
    }

    @Test
    void aTimeWithoutAZoneIsInTheDossiersZone() {
        Created created = times.readUsual("2023-07-01 00:30:00");

        assertThat(created.instant()).isEqualTo(Instant.parse("2023-06-30T23:30:00Z"));
        assertThat(created.day()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void aZoneNameMeansTheSameZoneOnEveryRow() {
        assertThat(times.readUsual("2023-11-13 04:30:36 GMT").instant()).isEqualTo(Instant.parse("2023-11-13T04:30:36Z"));
        assertThat(times.readUsual("2023-11-13 04:30:36 EST").instant()).isEqualTo(Instant.parse("2023-11-13T09:30:36Z"));
        assertThat(times.readUsual("2023-11-14 04:30:36 GMT").instant()).isEqualTo(Instant.parse("2023-11-14T04:30:36Z"));
        assertThat(times.readUsual("2023-11-14 04:30:36 EST").instant()).isEqualTo(Instant.parse("2023-11-14T09:30:36Z"));
    }

    /** The hand reading gives what the format's formatter gives, across zones, months, leap days and clock changes. */
    @Test
    void theUsualShapeIsReadAsTheFormatterReadsIt() {
        SplittableRandom random = new SplittableRandom(11);
        List<String> zones = List.of("", " EST", " EDT", " GMT", " BST", " UTC", " CET", " PST", " Europe/Paris");
        for (ZoneId dossier : List.of(LONDON, ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"))) {
            CreatedTimes fresh = new CreatedTimes(dossier);
            for (int i = 0; i < 4_000; i++) {
                LocalDateTime time = LocalDateTime.of(2016, 1, 1, 0, 0).plusMinutes(random.nextInt(5_000_000))
                        .plusSeconds(random.nextInt(60));
                String text = time.toString().replace('T', ' ') + (time.getSecond() == 0 ? ":00" : "")
                        + zones.get(random.nextInt(zones.size()));

                assertThat(fresh.readUsual(text)).as(text).isEqualTo(fresh.read(text));
            }
        }
    }

    /** In a gap the clock skips, a time is moved on by the gap; in an overlap it is the earlier of the two. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-03-26 01:30:00", "2023-10-29 01:30:00", "2023-03-12 02:30:00 EST",
            "2023-11-05 01:30:00 EDT", "2023-11-05 01:30:00 EST", "2023-03-26 00:59:59 BST", "2024-02-29 23:59:59 EST"})
    void clockChangesAreReadAsTheFormatterReadsThem(String text) {
        assertThat(times.readUsual(text)).isEqualTo(times.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "N/A", "soon", "2023-11-13", "2023-11-13 04:30", "2023-11-13T04:30:36",
            "2023-11-13 04:30:36 ZZZ", "2023-11-13 04:30:36  EST", "2023-11-13 04:30:36EST", "2023-13-01 00:00:00",
            "2023-00-10 00:00:00", "2023-11-00 00:00:00", "2023-11-13 25:00:00", "2023-11-13 04:60:00",
            "2023-11-13 04:30:60", "0000-01-01 00:00:00", "2023-1-13 04:30:36", "２０２３-11-13 04:30:36", "x023-11-13 04:30:36"})
    void whatIsNoTimeIsLeftToTheFormatterWhichRefusesIt(String text) {
        assertThat(times.readUsual(text)).isNull();
        assertThatThrownBy(() -> times.read(text)).isInstanceOf(DateTimeException.class);
    }

    /** The formatter is lenient with some days and hours the hand reading leaves to it: both give its answer. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30 10:00:00 EST", "2023-04-31 01:00:00", "2023-02-29 12:00:00"})
    void daysTheFormatterMovesAreLeftToIt(String text) {
        assertThat(times.readUsual(text)).isNull();
        assertThat(times.read(text).day().getDayOfMonth()).isLessThan(Integer.parseInt(text.substring(8, 10)));
    }
}
