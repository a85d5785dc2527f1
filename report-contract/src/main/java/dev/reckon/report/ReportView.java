package dev.reckon.report;

import dev.reckon.application.port.in.DossierCheck;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of a dossier's check as plain data, the contract of {@code reckon check --format json}
 * and of the HTTP API's {@code GET /report}: field names and meanings only ever grow. Adapters
 * serialise it as it is, so every report in JSON has the same shape.
 *
 * @param dossier the dossier's title
 * @param claims  one entry per claim, in the dossier's order
 * @param summary how many claims got each verdict, every verdict present
 */
public record ReportView(String dossier, List<ClaimReportView> claims, Map<String, Long> summary) {

    public ReportView {
        claims = List.copyOf(claims);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    public static ReportView of(DossierCheck check) {
        Map<String, Long> summary = new LinkedHashMap<>();
        check.summary().forEach((verdict, count) -> summary.put(verdict.id(), count));
        return new ReportView(check.title(), check.results().stream().map(ClaimReportView::of).toList(), summary);
    }
}
