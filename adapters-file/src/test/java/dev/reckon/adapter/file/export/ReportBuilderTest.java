package dev.reckon.adapter.file.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.observation.Window;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ReportBuilder builder = new ReportBuilder("data/obs.csv", "canonical-csv", "UTF-8");

    @Test
    void controlCharactersFromAFileAreEscapedInEveryTextTheReportShows() {
        ReportBuilder builder = new ReportBuilder("data/obs.csv", "canonical-csv", "UTF-8");
        builder.startRow();
        builder.problem(2, 1, "sub\u001Bject", "unknown subject '\u001B]0;owned\u0007\u001B[31mred\r\n'");
        builder.endRow();
        builder.mapped("Likes\u009B", "likes");
        builder.ignored("Notes\u007F");
        builder.note("a note\u0000");

        ImportReport report = builder.build();

        assertThat(report.problems()).containsExactly(new RowProblem("data/obs.csv", 2, 1, "sub\\u001Bject",
                "unknown subject '\\u001B]0;owned\\u0007\\u001B[31mred\\u000D\\u000A'"));
        assertThat(report.mappedColumns()).containsExactly("Likes\\u009B -> likes");
        assertThat(report.ignoredColumns()).containsExactly("Notes\\u007F");
        assertThat(report.notes()).containsExactly("a note\\u0000");
        assertThat(String.join("", report.mappedColumns()) + report.problems() + report.ignoredColumns() + report.notes())
                .doesNotContainPattern("\\p{Cc}");
    }

    @Test
    void rowsOfALaterPartOfTheFileAreCountedAndTheirProblemsListedAtTheFilesLines() {
        for (int row = 0; row < 98; row++) {
            builder.startRow();
            builder.problem(row + 2, 7, "value", "bad");
            builder.endRow();
        }
        ReportBuilder later = new ReportBuilder("data/obs.csv", "canonical-csv", "UTF-8");
        later.startRow();
        later.endRow();
        later.fileProblem("something about the whole file");
        for (int row = 0; row < 3; row++) {
            later.startRow();
            later.problem(row + 2, 1, "subject", "unknown subject");
            later.endRow();
        }
        later.note("a note of the later part");

        builder.absorbRows(later, 1000);
        ImportReport report = builder.build();

        assertThat(report.rowsRead()).isEqualTo(102);
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.rowsRejected()).isEqualTo(101);
        assertThat(report.problems()).hasSize(ImportReport.MAX_LISTED_PROBLEMS);
        assertThat(report.problems().subList(98, 100)).extracting(p -> p.line().orElse(0)).containsExactly(0L, 1002L);
        assertThat(report.notes()).containsExactly("a note of the later part", "102 problems found; the first 100 are listed");
    }

    @Test
    void aRowBracketedByStartAndEndIsRejectedWhenAProblemWasReportedInBetween() {
        builder.startRow();
        assertThat(builder.rowHasProblem()).isFalse();
        builder.endRow();
        builder.startRow();
        builder.problem(3, 2, "platform", "unknown platform 'myspace'");
        builder.problem(3, 7, "value", "'lots' is not a number");
        assertThat(builder.rowHasProblem()).isTrue();
        builder.endRow();
        builder.startRow();
        assertThat(builder.rowHasProblem()).as("a new row starts without the last row's problems").isFalse();
        builder.endRow();

        ImportReport report = builder.build();

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rowsRejected()).as("one row however many problems it has").isEqualTo(1);
        assertThat(report.problems()).extracting(RowProblem::toString).containsExactly(
                "data/obs.csv:3:2 (platform): unknown platform 'myspace'",
                "data/obs.csv:3:7 (value): 'lots' is not a number");
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void aReaderThatJudgesItsRowsItselfDecidesTheirFate() {
        builder.rowRead();
        builder.rowEnded(false);
        builder.rowRead();
        builder.rowEnded(true);
        builder.rowRead();
        builder.rowRejected();
        builder.rowRead();
        builder.rowAccepted();

        ImportReport report = builder.build();

        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rowsRejected()).isEqualTo(2);
    }

    @Test
    void rowsWhoseDataWentNowhereAreAllRejected() {
        builder.rowRead();
        builder.rowAccepted();
        builder.rowRead();
        builder.rowRejected();

        builder.rejectAccepted();
        ImportReport report = builder.build();

        assertThat(report.rowsAccepted()).isZero();
        assertThat(report.rowsRejected()).isEqualTo(2);
    }

    @Test
    void listsTheFirstHundredProblemsCountsThemAllAndSaysSo() {
        for (int line = 2; line < 2 + 250; line++) {
            builder.startRow();
            builder.rowProblem(line, "", "bad row");
            builder.endRow();
        }

        ImportReport report = builder.build();

        assertThat(report.problems()).hasSize(ImportReport.MAX_LISTED_PROBLEMS);
        assertThat(report.problems()).extracting(p -> p.line().orElse(0)).startsWith(2L, 3L).endsWith(101L);
        assertThat(builder.problemsFound()).isEqualTo(250);
        assertThat(report.rowsRejected()).isEqualTo(250);
        assertThat(report.notes()).containsExactly("250 problems found; the first 100 are listed");
    }

    @Test
    void exactlyAHundredProblemsNeedNoNote() {
        for (int line = 2; line < 2 + ImportReport.MAX_LISTED_PROBLEMS; line++) {
            builder.rowProblem(line, "", "bad row");
        }
        builder.note("3 rows conflict with data already imported");

        ImportReport report = builder.build();

        assertThat(report.problems()).hasSize(100);
        assertThat(report.notes()).containsExactly("3 rows conflict with data already imported");
    }

    @Test
    void aFileProblemHasNoLineNorColumn() {
        builder.fileProblem("the file is empty");

        assertThat(builder.build().problems()).containsExactly(RowProblem.inFile("data/obs.csv", "the file is empty"));
    }

    @Test
    void aColumnOnceMappedIsNeverListedAsIgnored() {
        builder.ignored("Lifetime Post Total Reach");
        builder.ignored("Permalink");
        builder.mapped("Lifetime Post Total Reach", "post_reach");
        builder.ignored("Lifetime Post Total Reach");
        builder.mapped("subject");
        builder.ignored("subject");

        ImportReport report = builder.build();

        assertThat(report.mappedColumns()).containsExactly("Lifetime Post Total Reach -> post_reach", "subject");
        assertThat(report.ignoredColumns()).containsExactly("Permalink");
    }

    @Test
    void coveredWindowsAreListedOnceInTimeOrder() {
        Window dec7 = Window.ofDay(LocalDate.of(2019, 12, 7), LONDON);
        Window dec6 = Window.ofDay(LocalDate.of(2019, 12, 6), LONDON);
        builder.covered(dec7);
        builder.covered(dec6);
        builder.covered(dec7);

        ImportReport report = builder.build();

        assertThat(report.covered()).containsExactly(dec6, dec7);
        assertThat(report.source()).isEqualTo("data/obs.csv");
        assertThat(report.format()).isEqualTo("canonical-csv");
        assertThat(report.encoding()).isEqualTo("UTF-8");
    }
}
