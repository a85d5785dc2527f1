package dev.reckon.adapter.file.canonical;

import static dev.reckon.adapter.file.canonical.CanonicalFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values outside the documented range (issue 11, items 2 and 6): a huge exponent, or a cell of
 * hundreds of thousands of digits, is one rejected row, found at once, never a run out of memory
 * or a parse that takes seconds.
 */
class CanonicalNumberLimitsTest {

    private static final String HEADER = "subject,platform,metric,from,to,segment,value\n";
    private static final String JSON_ROW = "{\"subject\": \"labour\", \"platform\": \"facebook\", \"metric\": \"likes\","
            + " \"from\": \"2019-12-06\", \"to\": \"2019-12-06\", \"value\": %s}\n";

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1e2147483647", "-1e2147483647", "1e-2147483647", "1E+30", "1e-31",
        "1e2148827056", "-2.5E-9999999999"})
    void aJsonNumberOutsideTheRangeIsOneRejectedRowNamingTheRange(String number) throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = readQuickly(new CanonicalJsonLinesReader(), "o.jsonl",
                JSON_ROW.formatted(number) + JSON_ROW.formatted("7"), sink);

        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.problems()).extracting(RowProblem::field).containsExactly("value");
        assertThat(report.problems().get(0).reason()).isEqualTo(CanonicalRowInterpreter.OUT_OF_RANGE);
        assertThat(sink.observations).extracting(Observation::value).containsExactly(Interval.exactly(7));
    }

    @Test
    void jsonNumbersAtTheEdgesOfTheRangeAreReadExactly() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = new CanonicalJsonLinesReader().read(input("o.jsonl",
                JSON_ROW.formatted("9.99e29") + JSON_ROW.formatted("1e-30") + JSON_ROW.formatted("1.50000000000000000000000000000000000")), sink);

        assertThat(report.problems()).isEmpty();
        assertThat(sink.observations).extracting(Observation::value).containsExactly(
                Interval.exactly("999000000000000000000000000000"), Interval.exactly("0.000000000000000000000000000001"),
                Interval.exactly("1.5"));
    }

    @Test
    void aCsvValueOfAMillionDigitsIsRefusedByItsLengthAtOnce() throws IOException {
        String digits = "7".repeat(1_000_000);
        ImportReport report = readQuickly(new CanonicalCsvReader(), "o.csv", HEADER
                + "labour,facebook,likes,2019-12-06,2019-12-06,," + digits + "\n"
                + "labour,facebook,likes,2019-12-07,2019-12-07,,1." + digits + "\n"
                + "labour,facebook,likes,2019-12-08,2019-12-08,,£" + digits + "k\n", new RecordingSink());

        assertThat(report.rowsRejected()).isEqualTo(3);
        assertThat(report.problems()).extracting(RowProblem::reason).containsExactly(
                "the value has 1,000,000 characters, more than the 100 a number may have",
                "the value has 1,000,002 characters, more than the 100 a number may have",
                "the value has 1,000,002 characters, more than the 100 a number may have");
    }

    @Test
    void aCsvFigureOfThirtyDigitsIsOutOfRange() throws IOException {
        ImportReport report = new CanonicalCsvReader().read(input("o.csv", HEADER
                + "labour,facebook,likes,2019-12-06,2019-12-06,," + "9".repeat(31) + "\n"
                + "labour,facebook,likes,2019-12-06,2019-12-06,," + "9".repeat(25) + "bn\n"
                + "labour,facebook,likes,2019-12-06,2019-12-06,," + "9".repeat(30) + "\n"), new RecordingSink());

        assertThat(report.problems()).extracting(p -> p.line().orElse(0), RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, CanonicalRowInterpreter.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple(3L, CanonicalRowInterpreter.OUT_OF_RANGE));
        assertThat(report.rowsAccepted()).isEqualTo(1);
    }

    /** Reads well within the time a quadratic parse of a million digits took (68 s), even on a loaded machine. */
    private static ImportReport readQuickly(ExportReader reader, String name, String text, RecordingSink sink)
            throws IOException {
        long started = System.nanoTime();
        ImportReport report = reader.read(input(name, text), sink);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        return report;
    }
}
