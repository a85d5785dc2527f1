package dev.reckon.adapter.file.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Rows for subjects a dossier does not name are one line per file, with the subjects and row counts. */
class UnnamedSubjectsTest {

    private static final String KNOWN = "jc, labour";

    @Test
    void millionsOfRowsForSixSubjectsAreOneLineNamingTwoAndCountingTheRest() {
        ReportBuilder builder = new ReportBuilder("shared.csv", "canonical-csv", "UTF-8");
        String[] subjects = {"conservatives", "brexit", "greens", "libdems", "snp", "ukip"};
        for (long line = 2; line < 600_002; line++) {
            builder.startRow();
            builder.subjectNotNamed(subjects[(int) (line % subjects.length)], line, OptionalInt.of(1), KNOWN);
            builder.endRow();
        }

        ImportReport report = builder.build();

        assertThat(report.rowsRejected()).isEqualTo(600_000);
        assertThat(report.problems()).extracting(RowProblem::toString).containsExactly("shared.csv:2:1 (subject): 600,000"
                + " rows for brexit, conservatives and 4 more, which this dossier does not name (its subjects: jc,"
                + " labour): skipped");
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void upToThreeSubjectsAreAllNamedAndOneRowIsARow() {
        assertThat(summary("tories")).isEqualTo("1 row for tories, which this dossier does not name (its subjects: jc,"
                + " labour): skipped");
        assertThat(summary("tories", "greens")).startsWith("2 rows for greens and tories, which");
        assertThat(summary("tories", "greens", "snp", "snp")).startsWith("4 rows for greens, snp and tories, which");
    }

    @Test
    void theLineTakesItsPlaceAmongTheOtherProblemsByLine() {
        ReportBuilder builder = new ReportBuilder("shared.csv", "canonical-csv", "UTF-8");
        builder.problem(2, 4, "from", "not a date");
        builder.subjectNotNamed("tories", 3, OptionalInt.of(1), KNOWN);
        builder.problem(5, 7, "value", "not a number");

        assertThat(builder.build().problems()).extracting(p -> p.line().orElse(0)).containsExactly(2L, 3L, 5L);
    }

    @Test
    void rowsReadInPartsAreCountedTogetherAtTheFilesLines() {
        ReportBuilder first = new ReportBuilder("shared.csv", "canonical-csv", "UTF-8");
        ReportBuilder later = new ReportBuilder("shared.csv", "canonical-csv", "UTF-8");
        first.subjectNotNamed("tories", 9, OptionalInt.of(1), KNOWN);
        later.subjectNotNamed("tories", 1, OptionalInt.of(1), KNOWN);
        later.subjectNotNamed("greens", 2, OptionalInt.of(1), KNOWN);

        first.absorbRows(later, 100);

        assertThat(first.build().problems()).extracting(RowProblem::toString).containsExactly("shared.csv:9:1 (subject):"
                + " 3 rows for greens and tories, which this dossier does not name (its subjects: jc, labour): skipped");
    }

    @Test
    void namesPastTheBoundAreCountedAsOthers() {
        UnnamedSubjects unnamed = new UnnamedSubjects();
        for (int i = 0; i <= UnnamedSubjects.MAX_NAMES; i++) {
            unnamed.row("s" + i, i + 2, OptionalInt.of(1), KNOWN);
        }

        assertThat(unnamed.summary("f.csv").orElseThrow().reason()).startsWith("10,001 rows for s0, s1 and others, which");
    }

    private static String summary(String... subjects) {
        UnnamedSubjects unnamed = new UnnamedSubjects();
        for (int i = 0; i < subjects.length; i++) {
            unnamed.row(subjects[i], i + 2, OptionalInt.of(1), KNOWN);
        }
        return unnamed.summary("f.csv").orElseThrow().reason();
    }
}
