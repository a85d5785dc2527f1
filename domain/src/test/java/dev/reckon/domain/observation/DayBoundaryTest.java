package dev.reckon.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The one rule for where a day begins and ends, which the canonical reader and the HTTP API share. */
class DayBoundaryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aDayRunsFromItsMidnightToTheNextInTheZone() {
        LocalDate polling = LocalDate.of(2019, 12, 12);

        assertThat(Window.dayStart(polling, LONDON)).isEqualTo(Instant.parse("2019-12-12T00:00:00Z"));
        assertThat(Window.dayEnd(polling, LONDON)).isEqualTo(Instant.parse("2019-12-13T00:00:00Z"));
        assertThat(Window.ofDay(polling, LONDON)).isEqualTo(new Window(Window.dayStart(polling, LONDON),
                Window.dayEnd(polling, LONDON)));
    }

    @Test
    void aDayWhoseClocksGoForwardIsAnHourShort() {
        LocalDate spring = LocalDate.of(2019, 3, 31);

        assertThat(Duration.between(Window.dayStart(spring, LONDON), Window.dayEnd(spring, LONDON))).hasHours(23);
    }

    @Test
    void aDayWhoseMidnightIsSkippedBeginsAtItsFirstInstant() {
        // São Paulo moved its clocks from midnight to one o'clock on 4 November 2018.
        Instant start = Window.dayStart(LocalDate.of(2018, 11, 4), ZoneId.of("America/Sao_Paulo"));

        assertThat(start).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
    }
}
