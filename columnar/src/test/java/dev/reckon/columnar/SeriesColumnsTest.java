package dev.reckon.columnar;

import dev.reckon.domain.metric.MetricId;
import dev.reckon.domain.number.Amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Provenance;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesColumnsTest {

    private static final SeriesKey KEY =
            new SeriesKey(Subject.of("labour"), Platform.FACEBOOK, new MetricId("video_views"), Segment.of("town", "Stoke"));
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    @Test
    void givesBackEveryObservationAsItWasPutInTheOrderOfFirstAppearance() {
        SeriesColumns columns = new SeriesColumns(KEY);
        List<Observation> expected = new ArrayList<>();
        for (int day = 0; day < 1_000; day++) {
            Observation observation = observation(day, Interval.exactly(day * 1_000L), day + 2L);
            columns.put(observation);
            expected.add(observation);
        }
        columns.freeze();

        assertThat(columns.size()).isEqualTo(1_000);
        assertThat(columns.observations()).containsExactlyElementsOf(expected);
    }

    @Test
    void aLaterObservationOfAWindowReplacesTheEarlierInItsPlace() {
        SeriesColumns columns = new SeriesColumns(KEY);
        columns.put(observation(0, Interval.exactly(1), 2));
        columns.put(observation(1, Interval.exactly(2), 3));
        Observation replacement = observation(0, Interval.exactly(new BigDecimal("1.5")), 4);
        columns.put(replacement);
        Observation wholeAgain = observation(1, Interval.exactly(7), 5);
        columns.put(wholeAgain);

        assertThat(columns.observations()).containsExactly(replacement, wholeAgain);
    }

    @Test
    void findsWindowsThatCameOutOfTimeOrder() {
        SeriesColumns columns = new SeriesColumns(KEY);
        for (int day : new int[] {5, 3, 8, 3, 5, 0}) {
            columns.put(observation(day, Interval.exactly(day), columns.size() + 10L));
        }
        Observation laterFive = observation(5, Interval.exactly(55), 99);
        columns.put(laterFive);

        assertThat(columns.observations()).extracting(Observation::window)
                .containsExactly(window(5), window(3), window(8), window(0));
        assertThat(columns.get(0)).isEqualTo(laterFive);
    }

    /** Runs in time order, repeated runs and stray days, against what a LinkedHashMap keyed by window keeps. */
    @Test
    void keepsWhatAMapByWindowWouldKeepForAnyOrderOfRows() {
        Random random = new Random(42);
        SeriesColumns columns = new SeriesColumns(KEY);
        Map<Window, Observation> expected = new LinkedHashMap<>();
        int line = 2;
        for (int run = 0; run < 60; run++) {
            int first = random.nextInt(400);
            int length = 1 + random.nextInt(random.nextBoolean() ? 3 : 80);
            for (int day = first; day < first + length; day++) {
                Observation observation = observation(day, Interval.exactly(random.nextInt(1_000)), line++);
                columns.put(observation);
                expected.put(observation.window(), observation);
            }
        }
        columns.freeze();

        assertThat(columns.observations()).containsExactlyElementsOf(expected.values());
    }

    @Test
    void keepsValuesThatAreNotPlainWholeNumbersExactlyAsWritten() {
        SeriesColumns columns = new SeriesColumns(KEY);
        Interval scaled = Interval.exactly(new BigDecimal("1777.50"));
        Interval range = Interval.of("108500", "109500");
        Interval huge = Interval.exactly(new BigDecimal("123456789012345678901234567890"));
        Interval negative = Interval.exactly(-3);
        Interval endsWrittenApart = Interval.of("5", "5.0");
        List<Interval> values = List.of(scaled, range, huge, negative, Interval.NON_NEGATIVE, endsWrittenApart);
        for (int day = 0; day < values.size(); day++) {
            columns.put(observation(day, values.get(day), day + 2L));
        }
        columns.freeze();

        assertThat(columns.observations()).extracting(Observation::value).containsExactlyElementsOf(values);
        assertThat(columns.get(0).value().lo().orElseThrow().toPlainString()).isEqualTo("1777.50");
        assertThat(columns.get(3).value().lo().orElseThrow().scale()).isZero();
        assertThat(columns.get(5).value().hi().orElseThrow().toPlainString()).isEqualTo("5.0");
    }

    @Test
    void givesEachValueLineAndSharedPartInPlaceAsTheRebuiltObservationHasThem() {
        SeriesColumns columns = new SeriesColumns(KEY);
        Observation whole = observation(0, Interval.exactly(-42), 7);
        Observation range = observation(1, Interval.of("108500", "109500"), 3);
        Observation euros = new Observation(KEY.subject(), KEY.platform(), KEY.metric(), window(2), KEY.segment(),
                new Amount(Interval.exactly(7), Optional.of(Currency.getInstance("EUR"))),
                new Provenance("other.csv", 9, Optional.empty(), "import-2"));
        columns.put(whole);
        columns.put(range);
        columns.put(euros);
        columns.freeze();

        assertThat(columns.isWholeNumber(0)).isTrue();
        assertThat(columns.wholeNumber(0)).isEqualTo(-42);
        assertThat(columns.isWholeNumber(1)).isFalse();
        assertThat(columns.value(1)).isEqualTo(range.value());
        assertThat(columns.value(0)).isEqualTo(whole.value());
        assertThat(columns.line(0)).isEqualTo(7);
        assertThat(columns.line(1)).isEqualTo(3);
        assertThat(columns.shared(1)).isSameAs(columns.shared(0));
        assertThat(columns.shared(2).currency()).contains(Currency.getInstance("EUR"));
        assertThat(columns.shared(2).source()).isEqualTo("other.csv");
        assertThat(columns.shared(2).importId()).isEqualTo("import-2");
        assertThatThrownBy(() -> columns.wholeNumber(1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsEachObservationsOwnCurrencyAndProvenance() {
        SeriesColumns columns = new SeriesColumns(KEY);
        Observation pounds = new Observation(KEY.subject(), KEY.platform(), KEY.metric(), window(0), KEY.segment(),
                new Amount(Interval.exactly(12_189), Optional.of(Currency.getInstance("GBP"))),
                new Provenance("ads.csv", 2, Optional.of(Instant.parse("2026-02-01T00:00:00Z")), "import-1"));
        Observation plain = observation(1, Interval.exactly(5), 3);
        Observation euros = new Observation(KEY.subject(), KEY.platform(), KEY.metric(), window(2), KEY.segment(),
                new Amount(Interval.exactly(7), Optional.of(Currency.getInstance("EUR"))), new Provenance("other.csv", 9, Optional.empty(), "import-2"));
        columns.put(pounds);
        columns.put(plain);
        columns.put(euros);

        assertThat(columns.observations()).containsExactly(pounds, plain, euros);
    }

    @Test
    void anEarlierObservationReplacedWithOtherProvenanceKeepsTheOthersProvenance() {
        SeriesColumns columns = new SeriesColumns(KEY);
        Observation first = observation(0, Interval.exactly(1), 2);
        Observation second = observation(1, Interval.exactly(2), 3);
        Observation third = observation(2, Interval.exactly(3), 4);
        Observation secondInEuros = new Observation(KEY.subject(), KEY.platform(), KEY.metric(), window(1), KEY.segment(),
                new Amount(Interval.exactly(20), Optional.of(Currency.getInstance("EUR"))), new Provenance("other.csv", 9, Optional.empty(), "import-2"));
        Observation fourth = observation(3, Interval.exactly(4), 5);
        for (Observation observation : List.of(first, second, third, secondInEuros, fourth)) {
            columns.put(observation);
        }
        columns.freeze();

        assertThat(columns.observations()).containsExactly(first, secondInEuros, third, fourth);
    }

    private static Observation observation(int day, Interval value, long line) {
        return new Observation(KEY.subject(), KEY.platform(), KEY.metric(), window(day), KEY.segment(), Amount.of(value), new Provenance("views.csv", line, Optional.empty(), "import-1"));
    }

    /** A new window object each time, so windows are found equal by value, not by reference. */
    private static Window window(int day) {
        LocalDate date = FIRST_DAY.plusDays(day);
        return new Window(date.atStartOfDay().toInstant(ZoneOffset.UTC), date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
