package dev.reckon.adapter.file.report;

import dev.reckon.report.ScanReportView.SummaryView;
import java.util.stream.Collectors;

/** The one-line summary both human reports end with. */
final class ScanSummary {

    private ScanSummary() {
    }

    static String of(SummaryView s) {
        String verdicts = s.verdicts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return s.figures() + (s.figures() == 1 ? " figure" : " figures") + " found (" + s.quantities() + " quantities): "
                + s.inRelations() + " in relations (" + s.consistent() + " consistent, " + s.inconsistent()
                + " inconsistent, " + s.undecided() + " undecided), " + s.notChecked() + " not checked; "
                + s.relations() + (s.relations() == 1 ? " relation" : " relations")
                + (verdicts.isEmpty() ? "" : ": " + verdicts) + ".";
    }
}
