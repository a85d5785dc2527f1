package dev.reckon.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlinePeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2021-12-01,             2021-12-01, 2021-12-01",
        "2021-W48,               2021-11-29, 2021-12-05",
        "2020-W53,               2020-12-28, 2021-01-03",
        "2021-12,                2021-12-01, 2021-12-31",
        "2024-02,                2024-02-01, 2024-02-29",
        "2021-Q4,                2021-10-01, 2021-12-31",
        "2021,                   2021-01-01, 2021-12-31",
        "2021-12-01..2021-12-14, 2021-12-01, 2021-12-14",
    })
    void eachFormIsTheDaysItNamesInTheDossiersZone(String text, LocalDate from, LocalDate to) {
        Period period = InlinePeriod.read(text, BERLIN).orElseThrow().period();

        assertThat(period).isEqualTo(Period.of(text, from, to, BERLIN));
        assertThat(period.window().start()).isEqualTo(from.atStartOfDay(BERLIN).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-13                | is not a month: there is no month 13",
        "2021-02-30             | is not a day of the calendar",
        "2021-W54               | is not a week: 2021 has ISO weeks W01 to W52",
        "2021-Q5                | is not a quarter: the quarters are Q1 to Q4",
        "2021-12-14..2021-12-01 | ends (2021-12-01) before it starts (2021-12-14)",
        "2021-12..2021-12-14    | is not a range of days",
        "2021-12-1              | is not a period: write a day 2021-12-01",
    })
    void aMistypedPeriodSaysWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> InlinePeriod.read(text, BERLIN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ge2019", "polling-day", "final28", "12", "Q4"})
    void aNameThatIsNotWrittenLikeADateIsNotAnInlinePeriod(String text) {
        assertThat(InlinePeriod.read(text, BERLIN)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "DAY,     2021-12-01, 2021-12-01",
        "WEEK,    2021-12-01, 2021-W48",
        "MONTH,   2021-12-01, 2021-12",
        "QUARTER, 2021-12-01, 2021-Q4",
        "YEAR,    2021-12-01, 2021",
        "WEEK,    2021-01-02, 2020-W53",
    })
    void eachCalendarPartIsLabelledAsItIsWrittenInline(CalendarUnit unit, LocalDate day, String label) {
        assertThat(unit.label(day)).isEqualTo(label);
        assertThat(InlinePeriod.read(label, BERLIN).orElseThrow().period().from()).isEqualTo(unit.start(day));
    }
}
