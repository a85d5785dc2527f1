package dev.reckon.app;

import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import java.util.List;

/**
 * What reading some files against a dossier gave.
 *
 * @param reports    one per file that could be read, in the order given, with its rejected rows
 * @param unreadable the files that could not be read at all, or whose format nothing recognised, and why
 */
public record FileImports(List<ImportReport> reports, List<DossierProblem> unreadable) {

    public FileImports {
        reports = List.copyOf(reports);
        unreadable = List.copyOf(unreadable);
    }

    public long rowsRead() {
        return reports.stream().mapToLong(ImportReport::rowsRead).sum();
    }

    public long rowsAccepted() {
        return reports.stream().mapToLong(ImportReport::rowsAccepted).sum();
    }

    public long rowsRejected() {
        return reports.stream().mapToLong(ImportReport::rowsRejected).sum();
    }
}
