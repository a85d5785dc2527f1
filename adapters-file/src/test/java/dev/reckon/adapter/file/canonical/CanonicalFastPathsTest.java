package dev.reckon.adapter.file.canonical;

import static dev.reckon.adapter.file.canonical.CanonicalFixtures.LABOUR;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.LONDON;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.context;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reckon.adapter.file.csv.CsvFieldCache;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.ObservationKey;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.SeriesKey;
import dev.reckon.domain.observation.Window;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shortcuts the canonical CSV reader takes for speed give what the slow way gives. */
class CanonicalFastPathsTest {

    private static final CanonicalCsvReader READER = new CanonicalCsvReader();
    private static final String HEADER = "subject,platform,metric,from,to,segment,value\n";

    @Test
    void wholeNumbersDecimalsAndFiguresAreEachReadAsTheyShouldBe() throws IOException {
        RecordingSink sink = read(HEADER + values("1777", "-3", "007", " 42 ", "-0", "999999999999999999",
                "12345678901234567890", "1777.0", "0.25", "109k", "\"1,234\"", "\"£12,189\""));

        assertThat(sink.observations).extracting(Observation::value).containsExactly(
                Interval.exactly(1777), Interval.exactly(-3), Interval.exactly(7), Interval.exactly(42), Interval.exactly(0),
                Interval.exactly(999_999_999_999_999_999L), Interval.exactly(new BigDecimal("12345678901234567890")),
                Interval.exactly("1777.0"), Interval.exactly("0.25"), Interval.of("108500", "109500"),
                Interval.exactly(1234), Interval.exactly(12189));
        assertThat(sink.observations.get(0).value().lo().orElseThrow().scale()).as("a whole number keeps no decimal places").isZero();
        assertThat(sink.observations.get(7).value().lo().orElseThrow().scale()).as("1777.0 keeps its written scale").isEqualTo(1);
        assertThat(sink.observations.get(11).currency()).contains(Currency.getInstance("GBP"));
        assertThat(sink.observations.get(0).currency()).isEmpty();
    }

    @Test
    void valuesThatLookNumericButAreNotAreStillRejected() throws IOException {
        ImportReport report = READER.read(input("o.csv", HEADER + values("-", "1-2", "+", "12a")), new RecordingSink());

        assertThat(report.rowsRejected()).isEqualTo(4);
        assertThat(report.problems()).extracting(p -> p.column().orElse(0)).containsOnly(7);
    }

    @Test
    void datesRememberedFromEarlierRowsKeepTheirDaysLengthAcrossSummerTime() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int round = 0; round < 3; round++) {
            for (String day : new String[] {"2019-03-30", "2019-03-31", "2019-10-27", "2019-10-28"}) {
                text.append("labour,facebook,likes,").append(day).append(',').append(day).append(",,1\n");
            }
        }
        RecordingSink sink = read(text.toString());

        assertThat(sink.observations).hasSize(12);
        assertThat(sink.observations).extracting(o -> o.window().duration()).containsExactly(
                hours(24), hours(23), hours(25), hours(24), hours(24), hours(23), hours(25), hours(24),
                hours(24), hours(23), hours(25), hours(24));
        assertThat(sink.observations.get(9).window()).isEqualTo(Window.ofDay(LocalDate.of(2019, 3, 31), LONDON))
                .as("one object per distinct window, so stores compare keys by reference").isSameAs(sink.observations.get(1).window());
        assertThat(sink.observations.get(10).window().start().toString()).isEqualTo("2019-10-26T23:00:00Z");
    }

    @Test
    void aRememberedTextMeansTheSameWhateverSpacesSurroundItAndABadTextIsReportedOnEveryRow() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("o.csv", HEADER
                + "labour,facebook,likes,2019-12-06,2019-12-06,town=Stoke,1\n"
                + " labour , facebook ,likes , 2019-12-06,2019-12-06 , town=Stoke ,2\n"
                + "tories,facebook,likes,2019-12-06,2019-12-06,,3\n"
                + "tories,facebook,likes,2019-12-06,2019-12-06,,4\n"
                + "labour,X,likes,2019-12-06,2019-12-06,,5\n"), sink);

        assertThat(sink.observations).hasSize(3);
        Observation first = sink.observations.get(0);
        Observation second = sink.observations.get(1);
        assertThat(second.seriesKey()).isEqualTo(first.seriesKey());
        assertThat(second.window()).isEqualTo(first.window());
        assertThat(second.subject()).isSameAs(first.subject());
        assertThat(second.segment()).isSameAs(first.segment()).isEqualTo(Segment.of("town", "Stoke"));
        assertThat(sink.observations.get(2).platform().id()).isEqualTo("twitter");
        // Both rows for the subject the dossier does not name count, in the one line that says so.
        assertThat(report.problems()).extracting(p -> p.line().orElse(0)).containsExactly(4L);
        assertThat(report.problems().get(0).reason()).startsWith("2 rows for tories, which this dossier does not name");
        assertThat(report.rowsRejected()).isEqualTo(2);
    }

    @Test
    void moreDistinctTextsThanAreRememberedAreStillEachReadRight() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        LocalDate day = LocalDate.of(2000, 1, 1);
        int days = CellCache.MAX_REMEMBERED + 100;
        for (int i = 0; i < days; i++) {
            text.append("labour,facebook,likes,").append(day.plusDays(i)).append(',').append(day.plusDays(i)).append(",,1\n");
        }
        text.append("labour,facebook,likes,").append(day.plusDays(days - 1)).append(',').append(day.plusDays(days - 1))
                .append(",,2\n");
        RecordingSink sink = read(text.toString());

        assertThat(sink.observations).hasSize(days + 1);
        assertThat(sink.observations.get(days - 1).window()).isEqualTo(Window.ofDay(day.plusDays(days - 1), LONDON));
        assertThat(sink.observations.get(days).window()).isEqualTo(Window.ofDay(day.plusDays(days - 1), LONDON));
    }

    @Test
    void crlfLinesGiveTheSameRowsAndLines() throws IOException {
        RecordingSink sink = read((HEADER + "labour,facebook,likes,2019-12-06,2019-12-06,,1\n"
                + "labour,facebook,likes,2019-12-07,2019-12-07,town=Stoke,2\n").replace("\n", "\r\n"));

        assertThat(sink.observations).extracting(o -> o.provenance().line().orElseThrow()).containsExactly(2L, 3L);
        assertThat(sink.observations.get(1).segment()).isEqualTo(Segment.of("town", "Stoke"));
        assertThat(sink.observations.get(1).value()).isEqualTo(Interval.exactly(2));
    }

    @Test
    void aByteOrderMarkIsSkippedAndNamed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((HEADER + "labour,facebook,likes,2019-12-06,2019-12-06,town=São Paulo,1\n").getBytes(StandardCharsets.UTF_8));
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(CanonicalFixtures.input("o.csv", bytes.toByteArray(), context()), sink);

        assertThat(report.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(sink.observations).singleElement().satisfies(o -> {
            assertThat(o.subject()).isEqualTo(LABOUR);
            assertThat(o.segment().value()).isEqualTo("São Paulo");
        });
    }

    @Test
    void windows1252IsStillDetectedWhenItsFirstOtherCharacterComesLate() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            text.append("labour,facebook,likes,2019-12-06,2019-12-06,,").append(i).append('\n');
        }
        text.append("labour,facebook,likes,2019-12-06,2019-12-06,town=Malmö,1\n");
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(CanonicalFixtures.input("o.csv",
                text.toString().getBytes(Charset.forName("windows-1252")), context()), sink);

        assertThat(report.encoding()).isEqualTo("windows-1252 (not valid UTF-8)");
        assertThat(sink.observations.get(5_000).segment().value()).isEqualTo("Malmö");
    }

    @Test
    void utf16TextIsReadThroughCharacters() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write((HEADER + "labour,facebook,likes,2019-12-06,2019-12-06,town=Malmö,12\n").getBytes(StandardCharsets.UTF_16LE));
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(CanonicalFixtures.input("o.csv", bytes.toByteArray(), context()), sink);

        assertThat(report.encoding()).isEqualTo("UTF-16LE");
        assertThat(sink.observations).singleElement().satisfies(o -> {
            assertThat(o.segment().value()).isEqualTo("Malmö");
            assertThat(o.value()).isEqualTo(Interval.exactly(12));
        });
    }

    @Test
    void aRowOfASeriesMetBeforeIsStillCheckedCellByCell() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("o.csv", HEADER
                + "labour,facebook,likes,2019-12-06,2019-12-06,,1\n"
                + "labour,facebook,likes,2019-12-32,2019-12-07,,2\n"
                + "labour,facebook,likes,2019-12-08,2019-12-07,,3\n"
                + "labour,facebook,likes,2019-12-09,2019-12-09,,lots\n"
                + "labour,facebook,likes,2019-12-06,2019-12-06,,5\n"), sink);

        assertThat(report.problems()).extracting(p -> p.line().orElse(0), p -> p.column().orElse(0))
                .containsExactly(tuple(3L, 4), tuple(4L, 5), tuple(5L, 7));
        assertThat(sink.observations).extracting(o -> o.provenance().line().orElseThrow(), Observation::value)
                .containsExactly(tuple(2L, Interval.exactly(1)), tuple(6L, Interval.exactly(5)));
    }

    @Test
    void aSeriesWhoseRowsWereAllRejectedCoversNothing() throws IOException {
        RecordingSink sink = new RecordingSink();
        READER.read(input("o.csv", HEADER
                + "labour,facebook,likes,2019-12-06,2019-12-06,,1\n"
                + "labour,facebook,shares,2019-12-06,2019-12-06,,many\n"
                + "labour,facebook,shares,2019-12-07,2019-12-07,,-\n"), sink);

        assertThat(sink.coverage).extracting(c -> c.series().metric().value()).containsExactly("likes");
    }

    @Test
    void theInMemoryStoreKeepsWhatTheReaderReadAsObservations() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int revision = 0; revision < 3; revision++) {
            for (int day = 1; day <= 5; day++) {
                for (String segment : new String[] {"", "town=Stoke", "town=Leeds"}) {
                    String value = day == 3 && revision == 1 ? "1.5k" : day == 4 ? "\"£12,189\"" : String.valueOf(revision * 100 + day);
                    text.append("labour,facebook,likes,2019-12-0").append(day).append(",2019-12-0").append(day)
                            .append(',').append(segment).append(',').append(value).append('\n');
                }
            }
        }
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("o.csv", text.toString()), sink);
        InMemoryObservationStore store = new InMemoryObservationStore();
        try (SourceWrite write = store.replaceSource("o.csv")) {
            READER.read(input("o.csv", text.toString()), write);
            write.commit(new SourceRecord("o.csv", 1, "", CanonicalCsvReader.FORMAT, Instant.EPOCH, report.rowsRead(),
                    report.rowsAccepted(), report.rowsRejected()));
        }

        Map<ObservationKey, Observation> lastOfEachKey = new LinkedHashMap<>();
        sink.observations.forEach(o -> lastOfEachKey.put(o.key(), o));
        List<Observation> stored = new ArrayList<>();
        for (SeriesKey series : sink.observations.stream().map(Observation::seriesKey).distinct().toList()) {
            assertThat(store.find(series).coverage()).containsExactlyElementsOf(
                    sink.coverage.stream().filter(c -> c.series().equals(series)).toList());
            stored.addAll(store.find(series).observations());
        }
        assertThat(stored).hasSize(15).containsExactlyInAnyOrderElementsOf(lastOfEachKey.values());
    }

    private static String values(String... values) {
        StringBuilder rows = new StringBuilder();
        for (String value : values) {
            rows.append("labour,facebook,likes,2019-12-06,2019-12-06,,").append(value).append('\n');
        }
        return rows.toString();
    }

    private static RecordingSink read(String text) throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("o.csv", text), sink);
        assertThat(report.problems()).isEmpty();
        return sink;
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }
}
