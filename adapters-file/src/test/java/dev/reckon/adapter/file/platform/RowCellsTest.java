package dev.reckon.adapter.file.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.application.port.shared.RowProblem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowCellsTest {

    private final ReportBuilder report = new ReportBuilder("data/daily.csv", "youtube-totals", "UTF-8");

    @Test
    void aDayOutsideTheTimesTheStoreKeepsIsAProblemOfItsCellNotAnAbortedImport() {
        for (String day : List.of("0001-01-01", "1677-09-21", "2262-04-11", "9999-12-31")) {
            RowCells row = new RowCells(7, List.of(day, "12"), List.of("Date", "Views"), report);

            assertThat(row.parse(0, LocalDate::parse, "a date like 2024-09-27")).as(day).isEmpty();
            assertThat(row.isFaulty()).isTrue();
        }
        assertThat(report.build().problems()).extracting(RowProblem::reason).containsOnly(
                "expected a date like 2024-09-27 but the day is outside the times Reckon keeps, 1677-09-22 to 2262-04-10");
    }

    @Test
    void theFirstAndLastDaysKeptAreRead() {
        for (String day : List.of("1677-09-22", "2262-04-10")) {
            RowCells row = new RowCells(7, List.of(day), List.of("Date"), report);

            assertThat(row.parse(0, LocalDate::parse, "a date like 2024-09-27")).contains(LocalDate.parse(day));
        }
    }
}
