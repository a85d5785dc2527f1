package dev.reckon.adapter.rest.observation;

import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import java.util.List;

/** What importing a body did, as JSON: the counts, the first problems, and the columns read or ignored. */
record ImportReportView(String source, String format, String encoding, boolean stored, long rowsRead,
                        long rowsAccepted, long rowsRejected, List<RowProblemView> problems,
                        List<String> mappedColumns, List<String> ignoredColumns, List<String> notes) {

    static ImportReportView of(ImportReport report, boolean stored) {
        return new ImportReportView(report.source(), report.format(), report.encoding(), stored, report.rowsRead(),
                report.rowsAccepted(), report.rowsRejected(), report.problems().stream().map(RowProblemView::of).toList(),
                report.mappedColumns(), report.ignoredColumns(), report.notes());
    }

    /** A rejected row: its line, its column (0 for the whole row) and field, and why. */
    record RowProblemView(long line, int column, String field, String reason) {

        static RowProblemView of(RowProblem problem) {
            return new RowProblemView(problem.line().orElse(0), problem.column().orElse(0), problem.field(),
                    problem.reason());
        }
    }
}
