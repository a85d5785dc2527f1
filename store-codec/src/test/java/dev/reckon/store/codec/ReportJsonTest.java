package dev.reckon.store.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Window;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static final ImportReport REPORT = new ImportReport("data/page.csv", "canonical-csv", "UTF-8", 12, 10, 2,
            List.of(new RowProblem("data/page.csv", OptionalLong.of(4), OptionalInt.of(7), "value", "not a number"),
                    new RowProblem("data/page.csv", OptionalLong.empty(), OptionalInt.empty(), "", "the file ends early")),
            List.of("subject", "value"), List.of("comment"),
            List.of(new Window(Instant.parse("2019-11-06T00:00:00.123456789Z"), Instant.parse("2019-12-13T00:00:00Z"))),
            List.of("dates are read in Europe/London", "£ and “quotes” survive"));

    @Test
    void aReportReadsBackAsItWasWritten() {
        assertThat(ReportJson.read(ReportJson.write(REPORT))).isEqualTo(REPORT);
    }

    @Test
    void aReportEditedByHandIsNoReportAndTheSourceCountsAsChanged() {
        String written = ReportJson.write(REPORT);

        assertThat(ReportJson.readStored(null)).isEmpty();
        assertThat(ReportJson.readStored("not json")).isEmpty();
        assertThat(ReportJson.readStored("")).isEmpty();
        assertThat(ReportJson.readStored("[1, 2]")).isEmpty();
        assertThat(ReportJson.readStored(written.replace("\"rowsRead\":12", "\"rowsRead\":\"12\""))).isEmpty();
        assertThat(ReportJson.readStored(written.replace("\"notes\":[", "\"notez\":["))).isEmpty();
        assertThat(ReportJson.readStored(written.replace("2019-12-13T00:00:00Z", "the 13th"))).isEmpty();
        assertThatThrownBy(() -> ReportJson.read("{\"source\": ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a stored import report is not JSON");
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAndTextsWrittenAsNumbersStillRead() {
        String written = ReportJson.write(REPORT).replace("\"rowsRead\":12", "\"rowsRead\":12.0")
                .replace("\"comment\"", "7");

        ImportReport read = ReportJson.read(written);

        assertThat(read.rowsRead()).isEqualTo(12);
        assertThat(read.ignoredColumns()).containsExactly("7");
    }
}
