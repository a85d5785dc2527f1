package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.ImportReport;
import java.util.Objects;

/**
 * What importing a file did.
 *
 * @param report what reading it found
 * @param stored whether its observations were stored (not for a check, nor an all-or-nothing import with rejected rows)
 */
public record ImportOutcome(ImportReport report, boolean stored) {

    public ImportOutcome {
        Objects.requireNonNull(report, "report is null");
    }
}
